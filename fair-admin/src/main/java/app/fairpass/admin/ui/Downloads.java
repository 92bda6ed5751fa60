package app.fairpass.admin.ui;

import app.fairpass.core.export.ExportFile;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** A download link that makes its file when clicked: the figures are current and the export audited then. */
public final class Downloads {
    private Downloads() {
    }

    public static Anchor link(String id, String text, Supplier<ExportFile> file) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFile made = file.get();
            return new DownloadResponse(new ByteArrayInputStream(made.content()), made.fileName(), made.mediaType(),
                    made.content().length);
        }), "");
        anchor.setId(id);
        anchor.add(new Button(text));
        return anchor;
    }
}
