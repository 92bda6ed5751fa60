package app.fairpass.printing.pdf;

/** Hands out full-width bands of a page's content area from the top down. */
public final class PageCursor {

    private final Box area;
    private float top;

    public PageCursor(Box area) {
        this.area = area;
        this.top = area.top();
    }

    public Box area() {
        return area;
    }

    public boolean fits(float height) {
        return top - height >= area.y() - 0.01f;
    }

    /** The next band of {@code height} below the previous one; the caller checks {@link #fits} first. */
    public Box take(float height) {
        if (!fits(height)) {
            throw new IllegalStateException("band of " + height + " pt does not fit, " + (top - area.y()) + " pt left");
        }
        top -= height;
        return new Box(area.x(), top, area.width(), height);
    }

    public void skip(float height) {
        top = Math.max(area.y(), top - height);
    }
}
