package app.fairpass.printing.badge;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** One label stock: its page and where each badge on a page goes. */
interface BadgeLayout {

    PDRectangle pageSize();

    /** 1 for a label printer; more for sheets that carry several badges. */
    default int badgesPerPage() {
        return 1;
    }

    /** The regions of badge number {@code slot} (0-based) on its page. */
    BadgeRegions regions(int slot);

    /** Anything a page needs besides its badges, such as cut guides on a sheet. */
    default void decoratePage(PDPageContentStream page) throws IOException {
    }
}
