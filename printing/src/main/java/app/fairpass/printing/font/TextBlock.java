package app.fairpass.printing.font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import app.fairpass.printing.pdf.Box;

/** Text fitted into boxes: shrink to fit, wrap, ellipsize; nothing drawn ever leaves its box. */
public final class TextBlock {

    /** Line pitch in em; glyphs span {@link DocumentFont#ASCENT} + {@link DocumentFont#DESCENT} = 1 em. */
    public static final float LINE_HEIGHT = 1.15f;

    private static final String ELLIPSIS = "…";
    private static final float TWO_LINES_WORTH_IT = 1.25f;

    /** Lines (printable text) and the font size they are drawn at. */
    public record Fitted(List<String> lines, float size) {
    }

    private TextBlock() {
    }

    /**
     * The largest size within {@code fit} at which {@code text} fits the box, one line preferred;
     * below the minimum size the text is wrapped at the minimum and ellipsized instead.
     */
    public static Fitted fit(DocumentFont font, String text, Box box, Fit fit) {
        String printable = font.printable(text);
        float minSize = fit.minSize();
        int maxLines = fit.maxLines();
        float oneLineSize = Math.min(fit.maxSize(), largestSize(font, List.of(printable), box));
        if (maxLines >= 2) {
            List<String> twoLines = splitInTwoBalanced(font, printable);
            float twoLineSize = Math.min(fit.maxSize(), largestSize(font, twoLines, box));
            // Two lines only when they make the text clearly larger: a name reads best on one line.
            if (twoLineSize >= minSize && twoLineSize > oneLineSize * TWO_LINES_WORTH_IT) {
                return new Fitted(twoLines, twoLineSize);
            }
        }
        if (oneLineSize >= minSize) {
            return new Fitted(List.of(printable), oneLineSize);
        }
        float size = Math.min(minSize, box.height() / (maxLines * LINE_HEIGHT));
        List<String> wrapped = wrapPrintable(font, printable, size, box.width());
        if (wrapped.size() <= maxLines) {
            return new Fitted(wrapped, size);
        }
        List<String> kept = new ArrayList<>(wrapped.subList(0, maxLines - 1));
        int restStart = 0;
        for (String line : kept) {
            restStart = printable.indexOf(line, restStart) + line.length();
        }
        kept.add(ellipsize(font, printable.substring(restStart).strip(), size, box.width()));
        return new Fitted(kept, size);
    }

    private static float largestSize(DocumentFont font, List<String> lines, Box box) {
        float widestAtOnePoint = 0;
        for (String line : lines) {
            widestAtOnePoint = Math.max(widestAtOnePoint, font.width(line, 1));
        }
        float byHeight = box.height() / (lines.size() * LINE_HEIGHT);
        return widestAtOnePoint == 0 ? byHeight : Math.min(byHeight, box.width() / widestAtOnePoint);
    }

    /** Fits and draws {@code text} centred vertically in the box. */
    public static void draw(PDPageContentStream content, DocumentFont font, String text, Box box, Fit fit,
                              Align align) throws IOException {
        Fitted fitted = fit(font, text, box, fit);
        float blockHeight = fitted.lines().size() * fitted.size() * LINE_HEIGHT;
        float baseline = box.y() + (box.height() + blockHeight) / 2
                - fitted.size() * ((LINE_HEIGHT - 1) / 2 + DocumentFont.ASCENT);
        for (String line : fitted.lines()) {
            font.show(content, line, fitted.size(), align.x(box.x(), box.width(), font.width(line, fitted.size())),
                    baseline);
            baseline -= fitted.size() * LINE_HEIGHT;
        }
    }

    /** One line at a fixed size, ellipsized to the box width and centred vertically in the box. */
    public static void line(PDPageContentStream content, DocumentFont font, String text, float size, Box box,
                            Align align) throws IOException {
        String shown = ellipsize(font, font.printable(text), size, box.width());
        float baseline = box.y() + box.height() / 2 - size * (DocumentFont.ASCENT - DocumentFont.DESCENT) / 2;
        font.show(content, shown, size, align.x(box.x(), box.width(), font.width(shown, size)), baseline);
    }

    /** Greedy wrap: breaks at spaces where it can (Latin words), anywhere else (Chinese has no spaces). */
    public static List<String> wrap(DocumentFont font, String text, float size, float width) {
        return wrapPrintable(font, font.printable(text), size, width);
    }

    private static List<String> wrapPrintable(DocumentFont font, String printable, float size, float width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int lastBreak = -1;
        int index = 0;
        while (index < printable.length()) {
            int next = printable.offsetByCodePoints(index, 1);
            if (index > start && canBreakBefore(printable, index)) {
                lastBreak = index;
            }
            if (index > start && font.width(printable.substring(start, next), size) > width) {
                int breakAt = lastBreak > start ? lastBreak : index;
                lines.add(printable.substring(start, breakAt).strip());
                start = breakAt;
                while (start < printable.length() && printable.charAt(start) == ' ') {
                    start++;
                }
                lastBreak = -1;
                index = start;
                continue;
            }
            index = next;
        }
        if (start < printable.length() || lines.isEmpty()) {
            lines.add(printable.substring(start).strip());
        }
        return lines;
    }

    /** Two lines of about equal width, broken where a line may break, else between any two characters. */
    private static List<String> splitInTwoBalanced(DocumentFont font, String printable) {
        List<String> best = bestSplit(font, printable, true);
        return best != null ? best : Objects.requireNonNullElse(bestSplit(font, printable, false), List.of(printable));
    }

    private static List<String> bestSplit(DocumentFont font, String printable, boolean onlyAtBreaks) {
        List<String> best = null;
        float bestWidest = Float.MAX_VALUE;
        for (int split = printable.offsetByCodePoints(0, 1); split < printable.length();
             split = printable.offsetByCodePoints(split, 1)) {
            if (onlyAtBreaks && !canBreakBefore(printable, split)) {
                continue;
            }
            String first = printable.substring(0, split).strip();
            String second = printable.substring(split).strip();
            float widest = Math.max(font.width(first, 1), font.width(second, 1));
            if (widest < bestWidest && !first.isEmpty() && !second.isEmpty()) {
                bestWidest = widest;
                best = List.of(first, second);
            }
        }
        return best;
    }

    /**
     * Whether a line may end before {@code index}: at spaces and around Chinese characters, but not
     * inside a Latin word or number, not before closing punctuation and not after opening punctuation.
     */
    static boolean canBreakBefore(String text, int index) {
        int previous = text.codePointBefore(index);
        int next = text.codePointAt(index);
        if (previous == ' ' || next == ' ') {
            return true;
        }
        if (isClosingPunctuation(next) || isOpeningPunctuation(previous)) {
            return false;
        }
        return !(isWordCharacter(previous) && isWordCharacter(next));
    }

    private static boolean isWordCharacter(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && !Character.isIdeographic(codePoint);
    }

    private static boolean isClosingPunctuation(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static boolean isOpeningPunctuation(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
    }

    /** The text cut at the end with '…' so that it fits {@code width}. */
    public static String ellipsize(DocumentFont font, String printable, float size, float width) {
        if (font.width(printable, size) <= width) {
            return printable;
        }
        String cut = printable;
        while (!cut.isEmpty() && font.width(cut + ELLIPSIS, size) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.isEmpty() ? "" : cut.strip() + ELLIPSIS;
    }
}
