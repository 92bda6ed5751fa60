package app.fairpass.printing.font;

/** Horizontal alignment of a line inside its box. */
public enum Align {
    LEFT, CENTRE, RIGHT;

    float x(float boxX, float boxWidth, float lineWidth) {
        return switch (this) {
            case LEFT -> boxX;
            case CENTRE -> boxX + (boxWidth - lineWidth) / 2;
            case RIGHT -> boxX + boxWidth - lineWidth;
        };
    }
}
