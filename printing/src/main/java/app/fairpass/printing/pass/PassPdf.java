package app.fairpass.printing.pass;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.DocumentFont;
import app.fairpass.printing.font.Fit;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.pdf.PageCursor;
import app.fairpass.printing.pdf.PdfDocuments;
import app.fairpass.printing.qr.QrCodes;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/**
 * The admission pass as one A4 page. A4 because it is what every home and office printer in China
 * feeds without a scaling dialog, so the QR comes out at its full 80 mm; on a phone the page shows
 * just as well, since every A size has the same proportions.
 */
public final class PassPdf {

    private static final float MARGIN = Box.mm(20);
    private static final float BODY_SIZE = 12f;
    private static final float SMALL_SIZE = 10f;
    private static final float LABEL_COLUMN = Box.mm(32);

    private PassPdf() {
    }

    public static byte[] render(PassContent pass, Language language) {
        return PdfDocuments.build((document, font) -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0f);
                draw(content, font, pass, language,
                        new Box(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight()).inset(MARGIN));
            }
        });
    }

    private static void draw(PDPageContentStream content, DocumentFont font, PassContent pass, Language language,
                             Box area) throws IOException {
        Box footer = new Box(area.x(), area.y(), area.width(), 2 * SMALL_SIZE * TextBlock.LINE_HEIGHT);
        TextBlock.draw(content, font, Label.PASS_INSTRUCTION.in(language) + " " + Label.PASS_PERSONAL.in(language),
                footer, new Fit(8f, SMALL_SIZE, 2), Align.CENTRE);

        PageCursor cursor = new PageCursor(new Box(area.x(), footer.top(), area.width(), area.top() - footer.top()));
        TextBlock.draw(content, font, pass.fairName(), cursor.take(Box.mm(18)), new Fit(14f, 24f, 2), Align.CENTRE);
        TextBlock.line(content, font, Label.PASS_TITLE.in(language), 16f, cursor.take(Box.mm(9)), Align.CENTRE);
        cursor.skip(Box.mm(2));
        QrCodes.draw(content, pass.passCode(), cursor.take(Box.mm(80)));
        TextBlock.line(content, font, Label.PASS_ID.in(language) + "  " + pass.shortPassId(), 16f,
                cursor.take(Box.mm(9)), Align.CENTRE);
        cursor.skip(Box.mm(4));

        field(content, font, cursor, Label.HOLDER.in(language), pass.holderName());
        field(content, font, cursor, Label.DATE.in(language), language.date(pass.date()));
        field(content, font, cursor, Label.OPENING_HOURS.in(language), language.hours(pass.opens(), pass.closes()));
        field(content, font, cursor, Label.VENUE.in(language), pass.venue());

        if (!pass.whatToBring().isEmpty() && cursor.fits(Box.mm(8))) {
            cursor.skip(Box.mm(2));
            TextBlock.line(content, font, Label.WHAT_TO_BRING.in(language), BODY_SIZE, cursor.take(Box.mm(7)),
                    Align.LEFT);
            bringList(content, font, cursor, pass);
        }
    }

    /** A label and its value; a long value (a venue address) wraps onto a second line. */
    private static void field(PDPageContentStream content, DocumentFont font, PageCursor cursor, String label,
                              String value) throws IOException {
        float lineHeight = BODY_SIZE * TextBlock.LINE_HEIGHT;
        boolean twoLines = TextBlock.wrap(font, value, BODY_SIZE, cursor.area().width() - LABEL_COLUMN).size() > 1;
        Box row = cursor.take((twoLines ? 2 : 1) * lineHeight + Box.mm(2));
        Box labelBox = new Box(row.x(), row.top() - lineHeight, LABEL_COLUMN, lineHeight);
        TextBlock.line(content, font, label, BODY_SIZE, labelBox, Align.LEFT);
        Box valueBox = new Box(row.x() + LABEL_COLUMN, row.y() + Box.mm(2), row.width() - LABEL_COLUMN,
                row.height() - Box.mm(2));
        TextBlock.draw(content, font, value, valueBox, new Fit(SMALL_SIZE, BODY_SIZE, 2), Align.LEFT);
    }

    /** What to bring, one bullet per item, as many as the page holds. */
    private static void bringList(PDPageContentStream content, DocumentFont font, PageCursor cursor,
                                  PassContent pass) throws IOException {
        float lineHeight = SMALL_SIZE * TextBlock.LINE_HEIGHT + Box.mm(1);
        Box area = cursor.area();
        for (String item : pass.whatToBring()) {
            for (String line : TextBlock.wrap(font, "• " + item, SMALL_SIZE, area.width() - LABEL_COLUMN)) {
                if (!cursor.fits(lineHeight)) {
                    return;
                }
                Box band = cursor.take(lineHeight);
                TextBlock.line(content, font, line, SMALL_SIZE,
                        new Box(band.x() + LABEL_COLUMN, band.y(), band.width() - LABEL_COLUMN, band.height()),
                        Align.LEFT);
            }
        }
    }
}
