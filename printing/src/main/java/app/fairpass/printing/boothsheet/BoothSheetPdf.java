package app.fairpass.printing.boothsheet;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.Fit;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.pdf.PageCursor;
import app.fairpass.printing.pdf.PdfDocuments;
import app.fairpass.printing.qr.QrCodes;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The A4 sheet an organiser hands to an employer: the booth's sign-in QR and its account. */
public final class BoothSheetPdf {
    private static final float MARGIN = Box.mm(20);
    private static final float BODY_SIZE = 14f;

    private BoothSheetPdf() {
    }

    public static byte[] render(BoothSheetContent sheet, Language language) {
        return PdfDocuments.build((document, font) -> {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0f);
                PageCursor cursor = new PageCursor(new Box(0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight()).inset(MARGIN));
                TextBlock.draw(content, font, sheet.fairName(), cursor.take(Box.mm(16)), new Fit(12f, 20f, 2),
                        Align.CENTRE);
                TextBlock.line(content, font, Label.BOOTH_SHEET_TITLE.in(language), 22f, cursor.take(Box.mm(12)),
                        Align.CENTRE);
                TextBlock.draw(content, font, Label.BOOTH_NUMBER.in(language) + " " + sheet.boothNumber() + " · "
                        + sheet.employer(), cursor.take(Box.mm(18)), new Fit(12f, 18f, 2), Align.CENTRE);
                cursor.skip(Box.mm(4));
                QrCodes.draw(content, sheet.signInUrl(), cursor.take(Box.mm(70)));
                cursor.skip(Box.mm(4));
                for (String line : new String[] {
                        Label.SIGN_IN_ADDRESS.in(language) + "：" + sheet.signInUrl(),
                        Label.USERNAME.in(language) + "：" + sheet.username(),
                        Label.PASSWORD.in(language) + "：" + sheet.password()}) {
                    TextBlock.draw(content, font, line, cursor.take(Box.mm(10)), new Fit(10f, BODY_SIZE, 1),
                            Align.CENTRE);
                }
                cursor.skip(Box.mm(6));
                TextBlock.draw(content, font, Label.BOOTH_SHEET_STEPS.in(language), cursor.take(Box.mm(30)),
                        new Fit(10f, 12f, 4), Align.LEFT);
            }
        });
    }
}
