package app.fairpass.printing.report;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.Fit;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/** The six headline figures side by side, large number over its label, as they appear in press releases. */
final class HeadlineBoxes {

    private static final float HEIGHT = Box.mm(22);
    private static final float GAP = Box.mm(2);
    private static final Fit FIGURE = new Fit(10f, 22f, 1);
    private static final Fit LABEL = new Fit(6.5f, 9f, 2);

    private HeadlineBoxes() {
    }

    static void draw(ReportPages pages, HeadlineFigures figures) throws IOException {
        Language language = pages.language();
        List<String[]> items = List.of(
                new String[] {language.count(figures.employers()), pages.label(Label.EMPLOYERS)},
                new String[] {language.count(figures.positionsOffered()), pages.label(Label.POSITIONS_OFFERED)},
                new String[] {language.count(figures.registered()), pages.label(Label.REGISTRATIONS)},
                new String[] {language.count(figures.checkIns()), pages.label(Label.CHECK_INS)},
                new String[] {language.count(figures.resumes()), pages.label(Label.RESUMES_RECEIVED)},
                new String[] {language.count(figures.intentions()), pages.label(Label.INTENTIONS_REACHED)});
        Box band = pages.take(HEIGHT);
        float width = (band.width() - GAP * (items.size() - 1)) / items.size();
        PDPageContentStream content = pages.content();
        for (int index = 0; index < items.size(); index++) {
            Box box = new Box(band.x() + index * (width + GAP), band.y(), width, band.height());
            content.setNonStrokingColor(0.94f);
            content.addRect(box.x(), box.y(), box.width(), box.height());
            content.fill();
            content.setNonStrokingColor(0f);
            Box inner = box.inset(Box.mm(1.5f));
            float half = inner.height() / 2;
            TextBlock.draw(content, pages.font(), items.get(index)[0],
                    new Box(inner.x(), inner.y() + half, inner.width(), half), FIGURE, Align.CENTRE);
            TextBlock.draw(content, pages.font(), items.get(index)[1],
                    new Box(inner.x(), inner.y(), inner.width(), half), LABEL, Align.CENTRE);
        }
        pages.skip(Box.mm(4));
    }
}
