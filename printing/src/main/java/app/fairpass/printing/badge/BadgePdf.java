package app.fairpass.printing.badge;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import app.fairpass.printing.font.DocumentFont;
import app.fairpass.printing.font.Fit;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.PdfDocuments;
import app.fairpass.printing.qr.QrCodes;

/** Badges as PDF: one badge, or a batch filling as many pages of the stock as it needs. */
public final class BadgePdf {

    /** Small print (fair name, optional line, short id): one line filling its band, at least 6 pt. */
    private static final Fit SMALL_PRINT = Fit.fillBox(6f, 1);
    /** The name: as large as its band allows, two lines rather than below 9 pt (readable at arm's length). */
    private static final Fit NAME = Fit.fillBox(9f, 2);

    private BadgePdf() {
    }

    public static byte[] render(BadgeStock stock, BadgeContent badge) {
        return renderBatch(stock, List.of(badge));
    }

    public static byte[] renderBatch(BadgeStock stock, List<BadgeContent> badges) {
        if (badges.isEmpty()) {
            throw new IllegalArgumentException("no badges to render");
        }
        BadgeLayout layout = stock.layout();
        int perPage = layout.badgesPerPage();
        return PdfDocuments.build((document, font) -> {
            for (int first = 0; first < badges.size(); first += perPage) {
                PDPage page = new PDPage(layout.pageSize());
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    layout.decoratePage(content);
                    List<BadgeContent> onPage = badges.subList(first, Math.min(first + perPage, badges.size()));
                    for (int slot = 0; slot < onPage.size(); slot++) {
                        draw(content, font, onPage.get(slot), layout.regions(slot));
                    }
                }
            }
        });
    }

    private static void draw(PDPageContentStream content, DocumentFont font, BadgeContent badge,
                             BadgeRegions regions) throws IOException {
        content.setNonStrokingColor(0f);
        TextBlock.draw(content, font, badge.fairName(), regions.fairName(), SMALL_PRINT, regions.align());
        TextBlock.draw(content, font, badge.name(), regions.name(), NAME, regions.align());
        if (badge.optionalLine() != null && !badge.optionalLine().isBlank()) {
            TextBlock.draw(content, font, badge.optionalLine(), regions.optionalLine(), SMALL_PRINT, regions.align());
        }
        TextBlock.draw(content, font, badge.shortPassId(), regions.shortPassId(), SMALL_PRINT, regions.align());
        QrCodes.draw(content, badge.passCode(), regions.qr());
    }
}
