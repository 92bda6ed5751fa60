package app.fairpass.printing.badge;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.pdf.Box;

/** 62 mm continuous tape cut at 100 mm (Brother QL): portrait, everything stacked. */
final class Label62x100Layout implements BadgeLayout {

    private static final Box LABEL = Box.ofMm(0, 0, 62, 100);
    private static final BadgeRegions REGIONS = BadgeRegions.stacked(LABEL,
            new BadgeRegions.Bands(3, 6, 24, 6, 5, 2));

    @Override
    public PDRectangle pageSize() {
        return new PDRectangle(LABEL.width(), LABEL.height());
    }

    @Override
    public BadgeRegions regions(int slot) {
        return REGIONS;
    }
}
