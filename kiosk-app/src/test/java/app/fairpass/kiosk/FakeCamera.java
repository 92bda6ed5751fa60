package app.fairpass.kiosk;

import app.fairpass.printing.qr.QrCodes;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A video file for Chromium's fake camera ({@code --use-file-for-fake-video-capture}) showing a QR code: a
 * YUV4MPEG2 header and a few identical 4:2:0 frames, grey planes neutral, the code black on a wide white margin.
 */
final class FakeCamera {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int MODULE_PIXELS = 8;

    private FakeCamera() {
    }

    static Path showing(String content, Path file) throws IOException {
        ByteMatrix modules = QrCodes.encode(content);
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 235);
        int size = modules.getWidth() * MODULE_PIXELS;
        int left = (WIDTH - size) / 2;
        int top = (HEIGHT - size) / 2;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS) == 1) {
                    luma[(top + y) * WIDTH + left + x] = 16;
                }
            }
        }
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 5; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return file.toAbsolutePath();
    }
}
