package app.fairpass.printing.font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts embedded (as subsets) into one document, chosen per character: the primary font, the
 * fallback for rare ideographs the primary lacks (embedded only into documents that use it), and '□' for
 * characters neither has, so names with emoji or unencoded characters never throw. Widths are measured on the
 * same substituted text and fonts, so layout matches what is drawn.
 */
public final class DocumentFont {

    /** Ideographic em box of Noto Sans SC: glyphs sit between -0.12 em and 0.88 em of the baseline. */
    public static final float ASCENT = 0.88f;
    public static final float DESCENT = 0.12f;

    private final PDDocument document;
    private final PDType0Font primary;
    private PDType0Font fallback;

    /** A stretch of printable text drawn in one font. */
    private record Run(PDType0Font font, String text) {
    }

    private DocumentFont(PDDocument document, PDType0Font primary) {
        this.document = document;
        this.primary = primary;
    }

    /** Embeds the process-wide parsed primary font into {@code document}; only glyphs used are kept on save. */
    public static DocumentFont embedInto(PDDocument document) {
        return new DocumentFont(document, embed(document, BundledFont.primary()));
    }

    private static PDType0Font embed(PDDocument document, BundledFont font) {
        try {
            return PDType0Font.load(document, font.font(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot embed bundled font", e);
        }
    }

    /** How many times this process parsed a bundled font file: once for each font used, never more. */
    public static int fontParseCount() {
        return BundledFont.parseCount();
    }

    /**
     * The text as it will be drawn: whitespace runs become one space, invisible format characters
     * (zero-width joiners, variation selectors) are dropped, characters no bundled font has are replaced.
     */
    public String printable(String text) {
        return PrintableText.of(text);
    }

    /** Width in points of {@code text} (already {@link #printable}) at {@code size}. */
    public float width(String printableText, float size) {
        try {
            float units = 0;
            for (Run run : runs(printableText)) {
                units += run.font().getStringWidth(run.text());
            }
            return units / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws already printable text with its baseline at {@code (x, baseline)}. */
    public void show(PDPageContentStream content, String printableText, float size, float x, float baseline)
            throws IOException {
        content.beginText();
        content.newLineAtOffset(x, baseline);
        for (Run run : runs(printableText)) {
            content.setFont(run.font(), size);
            content.showText(run.text());
        }
        content.endText();
    }

    /** The text cut where the font changes; text without supplementary characters is all primary. */
    private List<Run> runs(String printableText) {
        if (printableText.codePointCount(0, printableText.length()) == printableText.length()) {
            return List.of(new Run(primary, printableText));
        }
        BundledFont primaryFont = BundledFont.primary();
        List<Run> runs = new ArrayList<>();
        int start = 0;
        boolean inPrimary = true;
        for (int index = 0; index < printableText.length(); ) {
            int codePoint = printableText.codePointAt(index);
            boolean primaryHasIt = primaryFont.has(codePoint);
            if (index > start && primaryHasIt != inPrimary) {
                runs.add(new Run(inPrimary ? primary : fallback(), printableText.substring(start, index)));
                start = index;
            }
            inPrimary = primaryHasIt;
            index += Character.charCount(codePoint);
        }
        runs.add(new Run(inPrimary ? primary : fallback(), printableText.substring(start)));
        return runs;
    }

    private PDType0Font fallback() {
        if (fallback == null) {
            fallback = embed(document, BundledFont.fallback());
        }
        return fallback;
    }
}
