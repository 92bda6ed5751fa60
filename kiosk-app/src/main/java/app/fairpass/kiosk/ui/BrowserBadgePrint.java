package app.fairpass.kiosk.ui;

import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InputStreamDownloadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;

/**
 * A hidden frame that loads one badge PDF from the server and hands it to the kiosk browser's own print (Chrome
 * started with --kiosk-printing prints to the default printer without a dialog). The page checks that the frame
 * really holds the PDF before printing: a frame the server refused, or an error page, holds no PDF, and the
 * listener hears why instead of the screen pretending the badge came out.
 */
class BrowserBadgePrint extends IFrame {
    static final String FILE_NAME = "badge.pdf";
    /** A badge of a few KB loads in milliseconds on the venue network; the person is still at the screen. */
    private static final int LOAD_TIMEOUT_SECONDS = 4;

    /** {@code outcome} receives null once print was called, else what went wrong. */
    BrowserBadgePrint(byte[] pdf, Consumer<String> outcome) {
        setId("badge-frame");
        addClassName("fp-print-frame");
        getElement().setAttribute("aria-hidden", "true");
        getElement().addEventListener("fp-badge-print", event -> {
            String problem = event.getEventData().getString("event.detail");
            outcome.accept(problem.isEmpty() ? null : problem);
        }).addEventData("event.detail");
        // Runs in the same task that gives the frame its source, so the load cannot come first. A frame whose
        // document this page cannot read (an error page) or that holds no PDF fails; print() on a frame holding the
        // PDF prints the PDF.
        getElement().executeJs("""
                const frame = this;
                let reported = false;
                const report = problem => {
                  if (!reported) {
                    reported = true;
                    clearTimeout(gaveUp);
                    frame.dispatchEvent(new CustomEvent('fp-badge-print', {detail: problem}));
                  }
                };
                // A frame blocked by the browser or a network that never answers may never fire load.
                const gaveUp = setTimeout(() => report('the badge did not load within ' + $0 + ' s'), $0 * 1000);
                frame.onload = () => {
                  try {
                    const doc = frame.contentDocument;
                    if (!doc) {
                      report('the frame did not load the badge (refused or an error page)');
                    } else if (doc.contentType !== 'application/pdf') {
                      report('the frame holds ' + doc.contentType + ', not the badge PDF');
                    } else {
                      // Without focus(): the scanner's keys must keep going to the kiosk page, not to the frame.
                      frame.contentWindow.print();
                      report('');
                    }
                  } catch (e) {
                    report('print failed: ' + e);
                  }
                };
                """, LOAD_TIMEOUT_SECONDS);
        setSrc(new BadgeDownload(pdf));
    }

    /** Shown in the frame, not saved; its URL ends in the file name, which the server's frame rule matches. */
    private static final class BadgeDownload extends InputStreamDownloadHandler {
        BadgeDownload(byte[] pdf) {
            super(download -> new DownloadResponse(new ByteArrayInputStream(pdf), FILE_NAME, "application/pdf",
                    pdf.length));
            inline();
        }

        @Override
        public String getUrlPostfix() {
            return FILE_NAME;
        }
    }
}
