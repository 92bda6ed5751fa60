package app.fairpass.printing.badge;

/** A6 card (105 × 148 mm) for a badge holder or an office printer's small tray: large name and QR. */
final class A6Layout extends SingleLabelLayout {

    A6Layout() {
        super(105, 148, BadgeRegions::stacked, new BadgeRegions.Bands(6, 9, 30, 8, 6, 3));
    }
}
