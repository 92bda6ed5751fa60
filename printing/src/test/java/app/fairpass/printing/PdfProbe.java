package app.fairpass.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import app.fairpass.printing.font.DocumentFont;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.qr.QrCodes;

/** Reads generated PDFs back the way a reader or printer would: sizes, text, glyph boxes, QR codes. */
public final class PdfProbe {

    /**
     * One drawn character, the box its glyph occupies (PDF points, origin bottom-left) and the name of the font it
     * is drawn in, without the subset prefix ("NotoSansSC-Regular", not "ABCDEF+NotoSansSC-Regular").
     */
    public record Glyph(String text, Box box, String font) {
    }

    private PdfProbe() {
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Width and height of a page in millimetres. */
    public static double[] pageSizeMm(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(pageIndex).getMediaBox();
            return new double[] {box.getWidth() * 25.4 / 72, box.getHeight() * 25.4 / 72};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted text of each page. */
    public static List<String> pageTexts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return String.join("\n", pageTexts(pdf));
    }

    /** Every character drawn on a page with its glyph box (em box: ascent above, descent below the baseline). */
    public static List<Glyph> glyphs(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            float pageHeight = document.getPage(pageIndex).getMediaBox().getHeight();
            List<Glyph> glyphs = new ArrayList<>();
            PDFTextStripper collector = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    float size = position.getFontSizeInPt();
                    float baseline = pageHeight - position.getYDirAdj();
                    glyphs.add(new Glyph(position.getUnicode(), new Box(position.getXDirAdj(),
                            baseline - DocumentFont.DESCENT * size, position.getWidthDirAdj(), size),
                            withoutSubsetPrefix(position.getFont().getName())));
                }
            };
            collector.setStartPage(pageIndex + 1);
            collector.setEndPage(pageIndex + 1);
            collector.getText(document);
            return glyphs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fonts in a page's resources (embedded in the file), without subset prefixes. */
    public static Set<String> fontNames(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(pageIndex).getResources();
            Set<String> names = new TreeSet<>();
            for (COSName name : resources.getFontNames()) {
                names.add(withoutSubsetPrefix(resources.getFont(name).getName()));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutSubsetPrefix(String fontName) {
        return fontName.replaceFirst("^[A-Z]{6}\\+", "");
    }

    public static BufferedImage render(byte[] pdf, int pageIndex, int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR decoded from the page rendered at 300 dpi, or "" if none can be read. */
    public static String decodeQr(byte[] pdf, int pageIndex) {
        return QrCodes.decode(render(pdf, pageIndex, 300)).orElse("");
    }

    /** The QR decoded from one region (PDF points) of the page rendered at 300 dpi, or "". */
    public static String decodeQr(byte[] pdf, int pageIndex, Box region) {
        BufferedImage page = render(pdf, pageIndex, 300);
        double scale = 300 / 72.0;
        int x = Math.max(0, (int) Math.floor(region.x() * scale));
        int y = Math.max(0, (int) Math.floor(page.getHeight() - region.top() * scale));
        int width = Math.min((int) Math.ceil(region.width() * scale), page.getWidth() - x);
        int height = Math.min((int) Math.ceil(region.height() * scale), page.getHeight() - y);
        return QrCodes.decode(page.getSubimage(x, y, width, height)).orElse("");
    }
}
