package app.fairpass.printing.report;

import java.io.IOException;
import java.util.List;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.font.TextBlock;
import app.fairpass.printing.pdf.Box;
import app.fairpass.printing.report.ReportTable.Column;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/** The summary of one fair on A4: headline figures, key groups, arrivals, every employer. */
public final class SummaryReportPdf {

    private SummaryReportPdf() {
    }

    public static byte[] render(SummaryReportContent report, Language language) {
        return ReportPages.render(language, pages -> {
            pages.title(report.fairName() + " " + pages.label(Label.SUMMARY_TITLE),
                    language.date(report.date()) + "  " + report.venue());
            pages.heading(pages.label(Label.HEADLINE_FIGURES), 0);
            HeadlineBoxes.draw(pages, report.figures());

            pages.heading(pages.label(Label.BY_KEY_GROUP), ReportTable.minimumHeight());
            keyGroups(pages, report.keyGroups());

            pages.heading(pages.label(Label.ARRIVALS_PER_15_MIN), ArrivalChart.HEIGHT);
            if (report.arrivals().isEmpty()) {
                noData(pages);
            } else {
                ArrivalChart.draw(pages, report.arrivals());
            }

            pages.heading(pages.label(Label.EMPLOYER_DETAILS), ReportTable.minimumHeight());
            employers(pages, report.employers());
        });
    }

    private static void keyGroups(ReportPages pages, List<KeyGroupFigures> keyGroups) throws IOException {
        if (keyGroups.isEmpty()) {
            noData(pages);
            return;
        }
        Language language = pages.language();
        // No totals row: one person can belong to several key groups, so a column sum would overcount.
        new ReportTable(List.of(
                Column.text(pages.label(Label.KEY_GROUP), 3),
                Column.figure(pages.label(Label.REGISTERED)),
                Column.figure(pages.label(Label.CHECKED_IN)),
                Column.figure(pages.label(Label.RESUMES)),
                Column.figure(pages.label(Label.INTENTIONS))))
                .draw(pages, keyGroups.stream().map(group -> List.of(group.keyGroup(),
                        language.count(group.registered()), language.count(group.checkedIn()),
                        language.count(group.resumes()), language.count(group.intentions()))).toList(), null);
        pages.skip(Box.mm(4));
    }

    private static void employers(ReportPages pages, List<EmployerFigures> employers) throws IOException {
        if (employers.isEmpty()) {
            noData(pages);
            return;
        }
        Language language = pages.language();
        List<List<String>> rows = employers.stream().map(employer -> List.of(employer.booth(), employer.employer(),
                language.count(employer.positionsOffered()), language.count(employer.resumes()),
                language.count(employer.intentions()))).toList();
        List<String> totals = List.of(pages.label(Label.TOTAL), "",
                language.count(employers.stream().mapToLong(EmployerFigures::positionsOffered).sum()),
                language.count(employers.stream().mapToLong(EmployerFigures::resumes).sum()),
                language.count(employers.stream().mapToLong(EmployerFigures::intentions).sum()));
        new ReportTable(List.of(
                Column.text(pages.label(Label.BOOTH), 1),
                Column.text(pages.label(Label.EMPLOYER), 4),
                Column.figure(pages.label(Label.POSITIONS)),
                Column.figure(pages.label(Label.RESUMES)),
                Column.figure(pages.label(Label.INTENTIONS))))
                .draw(pages, rows, totals);
    }

    static void noData(ReportPages pages) throws IOException {
        TextBlock.line(pages.content(), pages.font(), pages.label(Label.NO_DATA), ReportPages.BODY_SIZE,
                pages.take(Box.mm(8)), Align.LEFT);
    }
}
