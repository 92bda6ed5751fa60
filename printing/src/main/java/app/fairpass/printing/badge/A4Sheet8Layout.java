package app.fairpass.printing.badge;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import app.fairpass.printing.pdf.Box;

/** A4 sheet of 2 × 4 badges (105 × 74.25 mm each) for pre-printing a batch on an office printer. */
final class A4Sheet8Layout implements BadgeLayout {

    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float CELL_WIDTH = PDRectangle.A4.getWidth() / COLUMNS;
    private static final float CELL_HEIGHT = PDRectangle.A4.getHeight() / ROWS;
    /** Wider than on labels: office printers cannot print the outer 4–5 mm of a sheet. */
    private static final BadgeRegions.Bands BANDS = new BadgeRegions.Bands(6, 7, 18, 6, 5, 2);

    @Override
    public PDRectangle pageSize() {
        return PDRectangle.A4;
    }

    @Override
    public int badgesPerPage() {
        return COLUMNS * ROWS;
    }

    @Override
    public BadgeRegions regions(int slot) {
        int column = slot % COLUMNS;
        int rowFromTop = slot / COLUMNS;
        Box cell = new Box(column * CELL_WIDTH, PDRectangle.A4.getHeight() - (rowFromTop + 1) * CELL_HEIGHT,
                CELL_WIDTH, CELL_HEIGHT);
        return BadgeRegions.sideBySide(cell, BANDS);
    }

    /** Light dashed guides where the sheet is cut. */
    @Override
    public void decoratePage(PDPageContentStream page) throws IOException {
        page.saveGraphicsState();
        page.setStrokingColor(0.75f);
        page.setLineWidth(0.3f);
        page.setLineDashPattern(new float[] {3, 3}, 0);
        page.moveTo(CELL_WIDTH, 0);
        page.lineTo(CELL_WIDTH, PDRectangle.A4.getHeight());
        for (int row = 1; row < ROWS; row++) {
            page.moveTo(0, row * CELL_HEIGHT);
            page.lineTo(PDRectangle.A4.getWidth(), row * CELL_HEIGHT);
        }
        page.stroke();
        page.restoreGraphicsState();
    }
}
