package app.fairpass.printing.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.DocumentFont;
import app.fairpass.printing.font.Fit;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.pdf.PageCursor;
import app.fairpass.printing.pdf.PdfDocuments;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/** A4 report pages filled from the top down, a new page when one is full, "第 1 / 3 页" on each at the end. */
final class ReportPages {

    static final float BODY_SIZE = 9.5f;
    private static final float MARGIN = Box.mm(16);
    private static final Fit TITLE = new Fit(11f, 18f, 2);
    private static final float FOOTER_HEIGHT = Box.mm(8);
    private static final Box PAGE = new Box(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());

    /** Writes the body of a report onto pages. */
    @FunctionalInterface
    interface Body {
        void write(ReportPages pages) throws IOException;
    }

    private final PDDocument document;
    private final DocumentFont font;
    private final Language language;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private PageCursor cursor;

    private ReportPages(PDDocument document, DocumentFont font, Language language) {
        this.document = document;
        this.font = font;
        this.language = language;
    }

    static byte[] render(Language language, Body body) {
        return PdfDocuments.build((document, font) -> {
            ReportPages pages = new ReportPages(document, font, language);
            pages.newPage();
            body.write(pages);
            pages.content.close();
            pages.numberPages();
        });
    }

    DocumentFont font() {
        return font;
    }

    Language language() {
        return language;
    }

    String label(Label label) {
        return label.in(language);
    }

    PDPageContentStream content() {
        return content;
    }

    float width() {
        return cursor.area().width();
    }

    boolean fits(float height) {
        return cursor.fits(height);
    }

    /** A full-width band of {@code height}, on a new page if this one has not enough room left. */
    Box take(float height) throws IOException {
        if (!cursor.fits(height)) {
            newPage();
        }
        return cursor.take(height);
    }

    void skip(float height) {
        cursor.skip(height);
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        content.setNonStrokingColor(0f);
        Box body = PAGE.inset(MARGIN);
        cursor = new PageCursor(new Box(body.x(), body.y() + FOOTER_HEIGHT, body.width(), body.height() - FOOTER_HEIGHT));
    }

    /** The report title and the lines under it (fair, date, venue). */
    void title(String title, String... subtitleLines) throws IOException {
        TextBlock.draw(content, font, title, take(Box.mm(11)), TITLE, Align.CENTRE);
        for (String line : subtitleLines) {
            TextBlock.line(content, font, line, 11f, take(Box.mm(6)), Align.CENTRE);
        }
        skip(Box.mm(4));
    }

    /** A section heading, kept on the same page as at least {@code keepWithNext} of what follows. */
    void heading(String text, float keepWithNext) throws IOException {
        float height = Box.mm(9);
        if (!fits(height + keepWithNext)) {
            newPage();
        }
        Box band = take(height);
        TextBlock.line(content, font, text, 12f, new Box(band.x(), band.y(), band.width(), Box.mm(7)), Align.LEFT);
    }

    /** Page numbers go on last, when the number of pages is known. */
    private void numberPages() throws IOException {
        String total = String.valueOf(pages.size());
        for (int index = 0; index < pages.size(); index++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(index), AppendMode.APPEND,
                    true, true)) {
                footer.setNonStrokingColor(0.3f);
                TextBlock.line(footer, font, Label.PAGE_OF.in(language, String.valueOf(index + 1), total), 8.5f,
                        new Box(MARGIN, MARGIN, PAGE.width() - 2 * MARGIN, FOOTER_HEIGHT / 2), Align.CENTRE);
            }
        }
    }
}
