package app.fairpass.printing.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two bundled fonts (TrueType outlines; PDFBox embeds no CFF), each parsed at most once per process:
 * <ul>
 * <li>primary: Noto Sans SC (OFL-1.1, see OFL.txt), GBK and CJK Extension A, parsed on first use;</li>
 * <li>fallback: HanaMinB (Hanazono Font License or OFL-1.1, see HanaMinB-LICENSE.txt), CJK Extensions B–F,
 * parsed only when a text holds a character of those extensions that the primary lacks.</li>
 * </ul>
 * Parsing costs far more than a whole badge, so every document shares these instances; fontbox guards its
 * lazy table reads with locks, so sharing across threads is safe.
 */
record BundledFont(TrueTypeFont font, CmapLookup cmap) {

    private static final Logger LOG = LoggerFactory.getLogger(BundledFont.class);
    private static final AtomicInteger PARSE_COUNT = new AtomicInteger();
    /** The Supplementary Ideographic Plane (U+2xxxx), home of CJK Extensions B–F. */
    private static final int FALLBACK_PLANE = 2;

    static BundledFont primary() {
        return Primary.FONT;
    }

    static BundledFont fallback() {
        return Fallback.FONT;
    }

    /**
     * Whether the fallback may have a glyph the primary lacks: it holds ideographs of plane 2 only, so for any
     * other character it is not worth parsing.
     */
    static boolean fallbackMayHave(int codePoint) {
        return codePoint >>> 16 == FALLBACK_PLANE;
    }

    static int parseCount() {
        return PARSE_COUNT.get();
    }

    boolean has(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** Each initialised by the JVM on first use, exactly once, without explicit locking. */
    private static final class Primary {
        private static final BundledFont FONT = parse("NotoSansSC-Regular.ttf");
    }

    private static final class Fallback {
        private static final BundledFont FONT = parse("HanaMinB.ttf");
    }

    private static BundledFont parse(String resource) {
        long start = System.nanoTime();
        try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Bundled font resource missing: " + resource);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int parses = PARSE_COUNT.incrementAndGet();
            LOG.info("Parsed bundled font {} in {} ms (parse #{} in this process)",
                    font.getName(), (System.nanoTime() - start) / 1_000_000, parses);
            return new BundledFont(font, cmap);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse bundled font " + resource, e);
        }
    }
}
