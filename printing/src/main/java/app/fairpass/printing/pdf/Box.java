package app.fairpass.printing.pdf;

/** A rectangle on a PDF page in points, origin bottom-left as in PDF user space. */
public record Box(float x, float y, float width, float height) {

    private static final float POINTS_PER_MM = 72f / 25.4f;

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size " + width + " × " + height);
        }
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }

    /** A box given in millimetres. */
    public static Box ofMm(double x, double y, double width, double height) {
        return new Box(mm(x), mm(y), mm(width), mm(height));
    }

    public float top() {
        return y + height;
    }

    public float right() {
        return x + width;
    }

    public Box inset(float margin) {
        return new Box(x + margin, y + margin, Math.max(0, width - 2 * margin), Math.max(0, height - 2 * margin));
    }

    /** The largest square centred in this box. */
    public Box centredSquare() {
        float side = Math.min(width, height);
        return new Box(x + (width - side) / 2, y + (height - side) / 2, side, side);
    }

    public boolean contains(Box other) {
        float tolerance = 0.01f;
        return other.x >= x - tolerance && other.y >= y - tolerance
                && other.right() <= right() + tolerance && other.top() <= top() + tolerance;
    }

    public boolean overlaps(Box other) {
        return other.x < right() && other.right() > x && other.y < top() && other.top() > y;
    }
}
