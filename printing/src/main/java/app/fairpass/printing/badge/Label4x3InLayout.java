package app.fairpass.printing.badge;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.pdf.Box;

/** 4 × 3 in die-cut label (Zebra, DYMO): landscape, QR beside the text. */
final class Label4x3InLayout implements BadgeLayout {

    private static final Box LABEL = Box.ofMm(0, 0, 4 * 25.4, 3 * 25.4);
    private static final BadgeRegions REGIONS = BadgeRegions.sideBySide(LABEL,
            new BadgeRegions.Bands(4, 7, 20, 6, 5, 2));

    @Override
    public PDRectangle pageSize() {
        return new PDRectangle(LABEL.width(), LABEL.height());
    }

    @Override
    public BadgeRegions regions(int slot) {
        return REGIONS;
    }
}
