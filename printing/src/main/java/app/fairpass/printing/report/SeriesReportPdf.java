package app.fairpass.printing.report;

import java.util.List;

import app.fairpass.printing.report.ReportTable.Column;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/** A series roll-up on A4: the series' totals, then one row per fair with its headline figures. */
public final class SeriesReportPdf {

    private SeriesReportPdf() {
    }

    public static byte[] render(SeriesReportContent series, Language language) {
        return ReportPages.render(language, pages -> {
            pages.title(series.seriesName() + " " + pages.label(Label.SERIES_TITLE),
                    pages.label(Label.FAIR_COUNT) + " " + language.count(series.fairs().size()));
            pages.heading(pages.label(Label.HEADLINE_FIGURES), 0);
            HeadlineBoxes.draw(pages, series.totals());

            pages.heading(pages.label(Label.FAIR), ReportTable.minimumHeight());
            if (series.fairs().isEmpty()) {
                SummaryReportPdf.noData(pages);
                return;
            }
            List<List<String>> rows = series.fairs().stream()
                    .map(fair -> figureRow(language, fair.fairName(), language.isoDate(fair.date()), fair.figures()))
                    .toList();
            new ReportTable(List.of(
                    Column.text(pages.label(Label.FAIR), 3.6f),
                    Column.text(pages.label(Label.DATE), 1.5f),
                    Column.figure(pages.label(Label.EMPLOYER_COUNT)),
                    Column.figure(pages.label(Label.POSITIONS)),
                    Column.figure(pages.label(Label.REGISTERED)),
                    Column.figure(pages.label(Label.CHECKED_IN)),
                    Column.figure(pages.label(Label.RESUMES)),
                    Column.figure(pages.label(Label.INTENTIONS))))
                    .draw(pages, rows, figureRow(language, pages.label(Label.TOTAL), "", series.totals()));
        });
    }

    private static List<String> figureRow(Language language, String name, String date, HeadlineFigures figures) {
        return List.of(name, date, language.count(figures.employers()), language.count(figures.positionsOffered()),
                language.count(figures.registered()), language.count(figures.checkIns()),
                language.count(figures.resumes()), language.count(figures.intentions()));
    }
}
