package app.fairpass.printing.badge;

/** 62 mm continuous tape cut at 100 mm (Brother QL): portrait, everything stacked. */
final class Label62x100Layout extends SingleLabelLayout {

    Label62x100Layout() {
        super(62, 100, BadgeRegions::stacked, new BadgeRegions.Bands(3, 6, 24, 6, 5, 2));
    }
}
