package app.fairpass.printing.badge;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.pdf.Box;

/** A6 card for a badge holder or an office printer's small tray: portrait, large name and QR. */
final class A6Layout implements BadgeLayout {

    private static final BadgeRegions REGIONS = BadgeRegions.stacked(
            new Box(0, 0, PDRectangle.A6.getWidth(), PDRectangle.A6.getHeight()),
            new BadgeRegions.Bands(6, 9, 30, 8, 6, 3));

    @Override
    public PDRectangle pageSize() {
        return PDRectangle.A6;
    }

    @Override
    public BadgeRegions regions(int slot) {
        return REGIONS;
    }
}
