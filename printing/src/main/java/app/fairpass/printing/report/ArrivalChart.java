package app.fairpass.printing.report;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;

/** Check-ins per 15 minutes as a bar chart of vector rectangles, with a counted y axis and times below. */
final class ArrivalChart {

    static final float HEIGHT = Box.mm(62);
    private static final float Y_AXIS_WIDTH = Box.mm(12);
    private static final float X_AXIS_HEIGHT = Box.mm(6);
    private static final float AXIS_TEXT_SIZE = 7f;
    private static final int MAX_TIME_LABELS = 12;
    private static final int TARGET_TICKS = 4;

    private ArrivalChart() {
    }

    static void draw(ReportPages pages, List<ArrivalCount> arrivals) throws IOException {
        Box area = pages.take(HEIGHT);
        Box plot = new Box(area.x() + Y_AXIS_WIDTH, area.y() + X_AXIS_HEIGHT, area.width() - Y_AXIS_WIDTH,
                area.height() - X_AXIS_HEIGHT - Box.mm(3));
        long max = arrivals.stream().mapToLong(ArrivalCount::count).max().orElse(0);
        long step = niceStep(max / (double) TARGET_TICKS);
        long top = Math.max(step, (max + step - 1) / step * step);
        PDPageContentStream content = pages.content();

        content.setLineWidth(0.3f);
        content.setStrokingColor(0.8f);
        for (long value = 0; value <= top; value += step) {
            float y = plot.y() + plot.height() * value / top;
            content.moveTo(plot.x(), y);
            content.lineTo(plot.right(), y);
            content.stroke();
            TextBlock.line(content, pages.font(), pages.language().count(value), AXIS_TEXT_SIZE,
                    new Box(area.x(), y - AXIS_TEXT_SIZE, Y_AXIS_WIDTH - Box.mm(2), 2 * AXIS_TEXT_SIZE), Align.RIGHT);
        }

        float slot = plot.width() / Math.max(1, arrivals.size());
        int labelEvery = (int) Math.ceil(arrivals.size() / (double) MAX_TIME_LABELS);
        for (int index = 0; index < arrivals.size(); index++) {
            ArrivalCount bucket = arrivals.get(index);
            float x = plot.x() + index * slot;
            float height = plot.height() * bucket.count() / top;
            content.setNonStrokingColor(0.18f, 0.38f, 0.66f);
            content.addRect(x + slot * 0.15f, plot.y(), slot * 0.7f, height);
            content.fill();
            content.setNonStrokingColor(0f);
            String count = pages.language().count(bucket.count());
            // Counts over the bars only where they fit; the y axis carries the scale either way.
            if (bucket.count() > 0 && pages.font().width(count, AXIS_TEXT_SIZE - 1) <= slot) {
                TextBlock.line(content, pages.font(), count, AXIS_TEXT_SIZE - 1,
                        new Box(x, plot.y() + height, slot, AXIS_TEXT_SIZE + 2), Align.CENTRE);
            }
            if (index % labelEvery == 0) {
                TextBlock.line(content, pages.font(), pages.language().time(bucket.start()), AXIS_TEXT_SIZE,
                        new Box(x - slot, area.y(), 3 * slot, X_AXIS_HEIGHT), Align.CENTRE);
            }
        }

        content.setStrokingColor(0f);
        content.setLineWidth(0.6f);
        content.moveTo(plot.x(), plot.top());
        content.lineTo(plot.x(), plot.y());
        content.lineTo(plot.right(), plot.y());
        content.stroke();
        pages.skip(Box.mm(4));
    }

    /** 1, 2 or 5 times a power of ten: axis steps people read at a glance. */
    static long niceStep(double rawStep) {
        if (rawStep <= 1) {
            return 1;
        }
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(rawStep)));
        for (long multiple : new long[] {1, 2, 5}) {
            if (multiple * magnitude >= rawStep) {
                return multiple * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
