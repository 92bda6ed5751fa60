package app.fairpass.printing.boothsheet;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.printing.qr.QrCodes;
import app.fairpass.printing.text.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BoothSheetPdfTest {

    @Test
    void theSheetCarriesTheSignInQrAndTheAccount() throws Exception {
        BoothSheetContent sheet = new BoothSheetContent("信息职业技术学院专场招聘会", "苏州恒瑞精密机械有限公司", "A01",
                "https://192.168.1.20:8443/booth", "a01-7k3m", "pw-9qx2-b4hw");

        try (PDDocument pdf = Loader.loadPDF(BoothSheetPdf.render(sheet, Language.ZH))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth() / 72 * 25.4).isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("展位登记账号", "A01", "苏州恒瑞精密机械有限公司", "a01-7k3m", "pw-9qx2-b4hw");
            assertThat(QrCodes.decode(new PDFRenderer(pdf).renderImageWithDPI(0, 150)))
                    .contains("https://192.168.1.20:8443/booth");
        }
    }
}
