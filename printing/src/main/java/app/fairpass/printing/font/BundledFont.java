package app.fairpass.printing.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Noto Sans SC (TrueType outlines, OFL-1.1, see OFL.txt next to it), parsed once per process.
 * Parsing the 10 MB font costs far more than a whole badge, so every document shares this instance;
 * fontbox guards its lazy table reads with locks, so sharing across threads is safe.
 */
final class BundledFont {

    private static final Logger LOG = LoggerFactory.getLogger(BundledFont.class);
    private static final String RESOURCE = "NotoSansSC-Regular.ttf";
    private static final AtomicInteger PARSE_COUNT = new AtomicInteger();

    private BundledFont() {
    }

    static TrueTypeFont get() {
        return Holder.FONT;
    }

    static int parseCount() {
        return PARSE_COUNT.get();
    }

    /** Initialised by the JVM on first use, exactly once, without explicit locking. */
    private static final class Holder {
        private static final TrueTypeFont FONT = parse();
    }

    private static TrueTypeFont parse() {
        long start = System.nanoTime();
        try (InputStream in = BundledFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font resource missing: " + RESOURCE);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            int parses = PARSE_COUNT.incrementAndGet();
            LOG.info("Parsed bundled font {} in {} ms (parse #{} in this process)",
                    font.getName(), (System.nanoTime() - start) / 1_000_000, parses);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse bundled font " + RESOURCE, e);
        }
    }
}
