package app.fairpass.register;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.pass.PassRef;
import app.fairpass.printing.pass.PassContent;
import app.fairpass.printing.pass.PassPdf;
import app.fairpass.printing.qr.QrCodes;
import app.fairpass.printing.text.Language;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A registered person's pass as a PNG QR code for the screen and as the printable PDF. */
public final class PassDocuments {
    private static final int PIXELS_PER_MODULE = 8;

    private PassDocuments() {
    }

    /** Black modules on white with the quiet zone, sharp at any size the screen scales it to. */
    public static byte[] qrPng(String content) {
        ByteMatrix modules = QrCodes.encode(content);
        int quiet = QrCodes.QUIET_ZONE_MODULES;
        int size = (modules.getWidth() + 2 * quiet) * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int column = x / PIXELS_PER_MODULE - quiet;
                int row = y / PIXELS_PER_MODULE - quiet;
                boolean dark = column >= 0 && row >= 0 && column < modules.getWidth() && row < modules.getHeight()
                        && modules.get(column, row) == 1;
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    public static byte[] passPdf(FairInfo fair, String holderName, PassRef pass, Locale locale) {
        Language language = "en".equals(locale.getLanguage()) ? Language.EN : Language.ZH;
        return PassPdf.render(new PassContent(fair.name(), fair.date(), fair.opensAt(), fair.closesAt(), fair.venue(),
                holderName, pass.code().text(), pass.shortId(), List.of()), language);
    }
}
