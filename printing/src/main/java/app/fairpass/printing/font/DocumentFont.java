package app.fairpass.printing.font;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled font embedded (as a subset) into one document, with per-character fallback:
 * a character the font has no glyph for is shown as '□' (or '?' should that be missing too), so
 * names with emoji or rare characters never throw, and widths are measured on the same substituted
 * text so layout matches what is drawn.
 */
public final class DocumentFont {

    /** Ideographic em box of Noto Sans SC: glyphs sit between -0.12 em and 0.88 em of the baseline. */
    public static final float ASCENT = 0.88f;
    public static final float DESCENT = 0.12f;

    private static final int PREFERRED_REPLACEMENT = '□';

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final int replacement;

    private DocumentFont(PDType0Font font, CmapLookup cmap) {
        this.font = font;
        this.cmap = cmap;
        this.replacement = cmap.getGlyphId(PREFERRED_REPLACEMENT) != 0 ? PREFERRED_REPLACEMENT : '?';
    }

    /** Embeds the process-wide parsed font into {@code document}; only glyphs used are kept on save. */
    public static DocumentFont embedInto(PDDocument document) {
        TrueTypeFont ttf = BundledFont.get();
        try {
            return new DocumentFont(PDType0Font.load(document, ttf, true), ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed bundled font", e);
        }
    }

    /** How many times this process parsed the font file: 1 after first use, never more. */
    public static int fontParseCount() {
        return BundledFont.parseCount();
    }

    /**
     * The text as it will be drawn: whitespace runs become one space, invisible format characters
     * (zero-width joiners, variation selectors) are dropped, characters without a glyph are replaced.
     */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!isInvisible(codePoint)) {
                out.appendCodePoint(cmap.getGlyphId(codePoint) != 0 ? codePoint : replacement);
            }
        });
        return out.toString().strip();
    }

    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    /** Width in points of {@code text} (already {@link #printable}) at {@code size}. */
    public float width(String printableText, float size) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws already printable text with its baseline at {@code (x, baseline)}. */
    public void show(PDPageContentStream content, String printableText, float size, float x, float baseline)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, baseline);
        content.showText(printableText);
        content.endText();
    }
}
