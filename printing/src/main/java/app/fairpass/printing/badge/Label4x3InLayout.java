package app.fairpass.printing.badge;

/** 4 × 3 in die-cut label (Zebra, DYMO): landscape, QR beside the text. */
final class Label4x3InLayout extends SingleLabelLayout {

    Label4x3InLayout() {
        super(4 * 25.4, 3 * 25.4, BadgeRegions::sideBySide, new BadgeRegions.Bands(4, 7, 20, 6, 5, 2));
    }
}
