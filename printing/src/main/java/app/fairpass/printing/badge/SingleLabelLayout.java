package app.fairpass.printing.badge;

import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.pdf.Box;

/** A stock that carries one badge per page: the page is the label. */
abstract class SingleLabelLayout implements BadgeLayout {

    private final PDRectangle pageSize;
    private final BadgeRegions regions;

    SingleLabelLayout(double widthMm, double heightMm, BiFunction<Box, BadgeRegions.Bands, BadgeRegions> arrangement,
                      BadgeRegions.Bands bands) {
        Box label = Box.ofMm(0, 0, widthMm, heightMm);
        this.pageSize = new PDRectangle(label.width(), label.height());
        this.regions = arrangement.apply(label, bands);
    }

    @Override
    public PDRectangle pageSize() {
        return pageSize;
    }

    @Override
    public BadgeRegions regions(int slot) {
        return regions;
    }
}
