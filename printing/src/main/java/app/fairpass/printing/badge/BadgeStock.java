package app.fairpass.printing.badge;

/** The label stocks FairPass prints badges on, each with its own layout. */
public enum BadgeStock {
    /** 62 mm continuous tape, 100 mm long (Brother QL). */
    LABEL_62X100(new Label62x100Layout()),
    /** 4 × 3 in labels (Zebra, DYMO). */
    LABEL_4X3_IN(new Label4x3InLayout()),
    /** A6 card. */
    A6(new A6Layout()),
    /** A4 sheet of 8 badges, for pre-printing a batch. */
    A4_SHEET_8(new A4Sheet8Layout());

    private static final double MM_PER_POINT = 25.4 / 72;

    private final BadgeLayout layout;

    BadgeStock(BadgeLayout layout) {
        this.layout = layout;
    }

    BadgeLayout layout() {
        return layout;
    }

    public double pageWidthMm() {
        return layout.pageSize().getWidth() * MM_PER_POINT;
    }

    public double pageHeightMm() {
        return layout.pageSize().getHeight() * MM_PER_POINT;
    }
}
