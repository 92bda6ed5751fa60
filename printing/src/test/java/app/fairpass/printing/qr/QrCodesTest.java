package app.fairpass.printing.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.google.zxing.qrcode.encoder.ByteMatrix;

import app.fairpass.printing.PdfProbe;
import app.fairpass.printing.badge.BadgeContent;
import app.fairpass.printing.badge.BadgePdf;
import app.fairpass.printing.badge.BadgeStock;

class QrCodesTest {

    @Test
    void passCodesFitASmallSymbolAtLevelM() {
        ByteMatrix modules = QrCodes.encode("FP1-7K2M9QX4TR8VH3NP-6WDJ");

        // Version 2 (25 modules) or 3 (29): big modules, easy for cheap scanners.
        assertThat(modules.getWidth()).isBetween(25, 29);
    }

    @Test
    void vectorQrIsDrawnAsMergedRunsNotOneRectanglePerModule() {
        byte[] pdf = BadgePdf.render(BadgeStock.A6, new BadgeContent("F", "张燕", null, "FP1-RUNS", "R"));
        String contentStream = pageContent(pdf);
        ByteMatrix modules = QrCodes.encode("FP1-RUNS");
        int darkModules = 0;
        int runs = 0;
        for (int row = 0; row < modules.getHeight(); row++) {
            for (int column = 0; column < modules.getWidth(); column++) {
                darkModules += modules.get(column, row);
                boolean runStarts = modules.get(column, row) == 1 && (column == 0 || modules.get(column - 1, row) == 0);
                runs += runStarts ? 1 : 0;
            }
        }

        long rectangles = contentStream.lines().filter(line -> line.endsWith(" re")).count();
        assertThat(rectangles).isEqualTo(runs).isLessThan(darkModules);
    }

    @Test
    void decodesAPhotographLikeImageAndReportsNothingForNoise() {
        BufferedImage page = PdfProbe.render(
                BadgePdf.render(BadgeStock.LABEL_62X100, new BadgeContent("F", "张燕", null, "FP1-PHOTO", "P")), 0, 150);
        BufferedImage blank = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blank.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 400);
        graphics.dispose();

        assertThat(QrCodes.decode(page)).contains("FP1-PHOTO");
        assertThat(QrCodes.decode(blank)).isEmpty();
    }

    private static String pageContent(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf);
             var in = document.getPage(0).getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
