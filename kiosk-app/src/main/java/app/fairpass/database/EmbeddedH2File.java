package app.fairpass.database;

import java.nio.file.Path;
import java.util.Optional;

/** The file behind an embedded H2 URL ({@code jdbc:h2:file:PATH;SETTINGS}); empty for any other database. */
public record EmbeddedH2File(String url, Path file) {
    private static final String PREFIX = "jdbc:h2:file:";

    public static Optional<EmbeddedH2File> of(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int settings = url.indexOf(';');
        String path = url.substring(PREFIX.length(), settings < 0 ? url.length() : settings);
        return Optional.of(new EmbeddedH2File(url, Path.of(path + ".mv.db")));
    }
}
