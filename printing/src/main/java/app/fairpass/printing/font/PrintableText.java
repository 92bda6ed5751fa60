package app.fairpass.printing.font;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which characters the bundled fonts can print: the primary font's, then the fallback's for rare ideographs of
 * CJK Extensions B–F. Any other character prints as '□', so a screen can warn before a badge shows a box.
 */
public final class PrintableText {

    /** '□' from the primary font, or '?' should it ever lack that. */
    private static final int REPLACEMENT = BundledFont.primary().has('□') ? '□' : '?';

    private PrintableText() {
    }

    /**
     * The distinct characters of {@code text}, in order, that no bundled font has and that would therefore print
     * as '□'. Spaces and invisible format characters (zero-width joiners, variation selectors) never count.
     */
    public static Set<String> missing(String text) {
        Set<String> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(codePoint -> !isSpace(codePoint) && !isInvisible(codePoint) && !canPrint(codePoint))
                .forEach(codePoint -> missing.add(Character.toString(codePoint)));
        return missing;
    }

    /**
     * The text as it will be drawn: whitespace runs become one space, invisible format characters are dropped,
     * characters no bundled font has are replaced.
     */
    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (isSpace(codePoint)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!isInvisible(codePoint)) {
                out.appendCodePoint(canPrint(codePoint) ? codePoint : REPLACEMENT);
            }
        });
        return out.toString().strip();
    }

    private static boolean canPrint(int codePoint) {
        return BundledFont.primary().has(codePoint)
                || BundledFont.fallbackMayHave(codePoint) && BundledFont.fallback().has(codePoint);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isISOControl(codePoint);
    }

    private static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
