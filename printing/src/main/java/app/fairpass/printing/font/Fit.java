package app.fairpass.printing.font;

/**
 * How text may be sized into a box: as large as the box allows up to {@code maxSize}, on up to
 * {@code maxLines} lines, never below {@code minSize} (it is cut with '…' instead).
 */
public record Fit(float minSize, float maxSize, int maxLines) {

    public Fit {
        if (minSize <= 0 || maxSize < minSize || maxLines < 1) {
            throw new IllegalArgumentException("bad fit " + minSize + "–" + maxSize + " pt, " + maxLines + " lines");
        }
    }

    /** As large as the box allows: for names and figures that should fill their space. */
    public static Fit fillBox(float minSize, int maxLines) {
        return new Fit(minSize, Float.MAX_VALUE, maxLines);
    }
}
