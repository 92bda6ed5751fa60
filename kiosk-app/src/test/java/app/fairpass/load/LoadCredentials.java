package app.fairpass.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server's load mode wrote ({@code --spring.profiles.active=load}, LoadFairSeeder): the fair, the kiosks'
 * device tokens, the booth sign-ins and the pass codes. Lines: {@code fair <id>}, {@code kiosk <token>},
 * {@code booth <username> <password>}, {@code pass <code>}; {@code #} starts a comment.
 */
record LoadCredentials(long fairId, List<String> kioskTokens, List<BoothSignIn> booths, List<String> passCodes) {

    record BoothSignIn(String username, String password) {
    }

    static LoadCredentials read(Path file) throws IOException {
        long fairId = -1;
        List<String> kiosks = new ArrayList<>();
        List<BoothSignIn> booths = new ArrayList<>();
        List<String> passes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.strip().split(" ");
            switch (fields[0]) {
                case "fair" -> fairId = Long.parseLong(fields[1]);
                case "kiosk" -> kiosks.add(fields[1]);
                case "booth" -> booths.add(new BoothSignIn(fields[1], fields[2]));
                case "pass" -> passes.add(fields[1]);
                default -> {
                    if (!fields[0].isEmpty() && !fields[0].startsWith("#")) {
                        throw new IOException("unexpected line in " + file + ": " + fields[0] + " …");
                    }
                }
            }
        }
        if (fairId < 0 || kiosks.isEmpty() || passes.isEmpty()) {
            throw new IOException(file + " has no fair, kiosk or pass line");
        }
        return new LoadCredentials(fairId, List.copyOf(kiosks), List.copyOf(booths), List.copyOf(passes));
    }
}
