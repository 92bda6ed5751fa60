package app.fairpass.printing.report;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;

/**
 * A table across as many pages as its rows need, the header row repeated at the top of each page and
 * an optional totals row at the end. Cells hold one line; longer text is cut with '…'.
 */
final class ReportTable {

    /** A column: header text, share of the table width, alignment. */
    record Column(String header, float weight, Align align) {

        private static final float FIGURE_WEIGHT = 1.1f;

        static Column text(String header, float weight) {
            return new Column(header, weight, Align.LEFT);
        }

        /** A count, right-aligned so the digits line up. */
        static Column figure(String header) {
            return new Column(header, FIGURE_WEIGHT, Align.RIGHT);
        }
    }

    private static final float ROW_HEIGHT = Box.mm(6.5f);
    private static final float CELL_PADDING = Box.mm(1.5f);
    private static final float HEADER_GREY = 0.9f;
    private static final float RULE_GREY = 0.75f;

    private final List<Column> columns;
    private final float totalWeight;

    ReportTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.totalWeight = (float) columns.stream().mapToDouble(Column::weight).sum();
    }

    /** Space the header and a first row need, so a heading is not left alone at the bottom of a page. */
    static float minimumHeight() {
        return 2 * ROW_HEIGHT;
    }

    void draw(ReportPages pages, List<List<String>> rows, List<String> totals) throws IOException {
        if (!pages.fits(minimumHeight())) {
            pages.newPage();
        }
        headerRow(pages);
        for (List<String> row : rows) {
            if (!pages.fits(ROW_HEIGHT)) {
                pages.newPage();
                headerRow(pages);
            }
            row(pages, pages.take(ROW_HEIGHT), row, false);
        }
        if (totals != null) {
            if (!pages.fits(ROW_HEIGHT)) {
                pages.newPage();
                headerRow(pages);
            }
            row(pages, pages.take(ROW_HEIGHT), totals, true);
        }
    }

    private void headerRow(ReportPages pages) throws IOException {
        Box band = pages.take(ROW_HEIGHT);
        PDPageContentStream content = pages.content();
        content.setNonStrokingColor(HEADER_GREY);
        content.addRect(band.x(), band.y(), band.width(), band.height());
        content.fill();
        content.setNonStrokingColor(0f);
        cells(pages, band, columns.stream().map(Column::header).toList());
    }

    private void row(ReportPages pages, Box band, List<String> cells, boolean totals) throws IOException {
        PDPageContentStream content = pages.content();
        content.setStrokingColor(totals ? 0f : RULE_GREY);
        content.setLineWidth(totals ? 0.8f : 0.3f);
        float ruleY = totals ? band.top() : band.y();
        content.moveTo(band.x(), ruleY);
        content.lineTo(band.right(), ruleY);
        content.stroke();
        cells(pages, band, cells);
    }

    private void cells(ReportPages pages, Box band, List<String> cells) throws IOException {
        float x = band.x();
        for (int index = 0; index < columns.size(); index++) {
            Column column = columns.get(index);
            float width = band.width() * column.weight() / totalWeight;
            Box cell = new Box(x + CELL_PADDING, band.y(), width - 2 * CELL_PADDING, band.height());
            String text = index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
            TextBlock.line(pages.content(), pages.font(), text, ReportPages.BODY_SIZE, cell, column.align());
            x += width;
        }
    }
}
