package app.fairpass.printing.report;

import java.util.List;

import app.fairpass.printing.font.Align;
import app.fairpass.printing.report.ReportTable.Column;
import app.fairpass.printing.text.Label;
import app.fairpass.printing.text.Language;

/** One employer's resumes and intentions at one fair on A4, for the employer to take away. */
public final class LeadReportPdf {

    private LeadReportPdf() {
    }

    public static byte[] render(LeadReportContent report, Language language) {
        return ReportPages.render(language, pages -> {
            pages.title(report.employer() + " " + pages.label(Label.LEADS_TITLE),
                    report.fairName() + "  " + pages.label(Label.BOOTH) + " " + report.booth(),
                    language.date(report.date()));
            if (report.leads().isEmpty()) {
                SummaryReportPdf.noData(pages);
                return;
            }
            List<List<String>> rows = report.leads().stream().map(lead -> List.of(
                    lead.shortPassId(), lead.name(), orEmpty(lead.optionalLine()), pages.label(lead.kind().label()),
                    orEmpty(lead.position()), language.time(lead.time()),
                    lead.rating() == null ? "" : lead.rating().toString(), orEmpty(lead.note()))).toList();
            new ReportTable(List.of(
                    Column.text(pages.label(Label.PASS_ID), 1.5f),
                    Column.text(pages.label(Label.NAME), 1.4f),
                    Column.text(pages.label(Label.OPTIONAL_LINE), 2f),
                    Column.text(pages.label(Label.KIND), 1.2f),
                    Column.text(pages.label(Label.POSITION), 2f),
                    Column.text(pages.label(Label.TIME), 0.9f),
                    new Column(pages.label(Label.RATING), 0.8f, Align.RIGHT),
                    Column.text(pages.label(Label.NOTE), 2.4f)))
                    .draw(pages, rows, null);
        });
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
