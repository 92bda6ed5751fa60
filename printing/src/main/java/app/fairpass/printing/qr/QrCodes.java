package app.fairpass.printing.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import app.fairpass.printing.pdf.Box;

/** QR codes: drawn into PDFs as vector modules, decoded from images (tests, uploaded pictures). */
public final class QrCodes {

    /** The white border a scanner needs around the symbol, in modules (ISO/IEC 18004). */
    public static final int QUIET_ZONE_MODULES = 4;

    private static final Map<DecodeHintType, Object> DECODE_HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrCodes() {
    }

    /** The modules of {@code content} at error-correction level M, without quiet zone. */
    public static ByteMatrix encode(String content) {
        try {
            return Encoder.encode(content, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as QR code: " + content.length() + " characters", e);
        }
    }

    /**
     * Draws {@code content} as the largest QR that fits centred in {@code box}, quiet zone included,
     * one filled rectangle per horizontal run of dark modules so the page stays small and sharp.
     */
    public static void draw(PDPageContentStream page, String content, Box box) throws IOException {
        ByteMatrix modules = encode(content);
        Box square = box.centredSquare();
        float module = square.width() / (modules.getWidth() + 2 * QUIET_ZONE_MODULES);
        float left = square.x() + QUIET_ZONE_MODULES * module;
        float top = square.top() - QUIET_ZONE_MODULES * module;
        page.setNonStrokingColor(0f);
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (modules.get(column, row) != 1) {
                    column++;
                    continue;
                }
                int runStart = column;
                while (column < modules.getWidth() && modules.get(column, row) == 1) {
                    column++;
                }
                page.addRect(left + runStart * module, top - (row + 1) * module, (column - runStart) * module, module);
            }
        }
        page.fill();
    }

    /** The text of the QR code in the image, if one can be read. */
    public static Optional<String> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result result = new MultiFormatReader().decode(bitmap, DECODE_HINTS);
            return Optional.of(result.getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
