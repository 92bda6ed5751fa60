package app.fairpass.booth.ui;

import app.fairpass.admin.ui.Downloads;
import app.fairpass.core.booth.BoothContext;
import app.fairpass.core.booth.BoothDeskService;
import app.fairpass.core.booth.BoothEntry;
import app.fairpass.core.booth.RecordKind;
import app.fairpass.core.export.ExportFile;
import app.fairpass.core.export.TableExport;
import app.fairpass.printing.report.Lead;
import app.fairpass.printing.report.LeadKind;
import app.fairpass.printing.report.LeadReportContent;
import app.fairpass.printing.report.LeadReportPdf;
import app.fairpass.printing.text.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The booth's records as CSV, XLSX and the employer lead report PDF; every download is audited by the service. */
@Component
class BoothExports {
    private final BoothDeskService desk;
    private final ZoneId zone;

    BoothExports(BoothDeskService desk, Clock clock) {
        this.desk = desk;
        this.zone = clock.getZone();
    }

    HorizontalLayout buttons(BoothContext booth) {
        UI ui = UI.getCurrent();
        String base = "booth-" + booth.boothNumber() + "-" + booth.fairDate();
        HorizontalLayout row = new HorizontalLayout(
                link(ui, "export-csv", "CSV", base + ".csv", "text/csv", booth,
                        entries -> table(ui, entries).csv()),
                link(ui, "export-xlsx", "Excel", base + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", booth,
                        entries -> table(ui, entries).xlsx()),
                link(ui, "export-pdf", "PDF", base + ".pdf", "application/pdf", booth,
                        entries -> LeadReportPdf.render(leadReport(booth, entries), language(ui))));
        row.setWrap(true);
        return row;
    }

    private Anchor link(UI ui, String id, String label, String fileName, String type, BoothContext booth,
            Function<List<BoothEntry>, byte[]> render) {
        return Downloads.link(id, ui.getTranslation("booth.export", label),
                () -> new ExportFile(fileName, type, render.apply(desk.export(booth.fairId(), label))));
    }

    TableExport table(UI ui, List<BoothEntry> entries) {
        List<String> headers = List.of("booth.col.badge", "booth.col.name", "booth.col.kind", "booth.col.position",
                "booth.col.time", "booth.col.rating", "booth.col.note").stream().map(ui::getTranslation).toList();
        List<List<Object>> rows = entries.stream().map(e -> List.<Object>of(e.shortId(),
                e.name() == null ? ui.getTranslation("booth.not-shared") : e.name(),
                ui.getTranslation("booth.kind." + e.kind()), nullToEmpty(e.positionTitle()),
                BoothView.TIME.format(e.updatedAt().atZone(zone)), e.rating() == null ? "" : e.rating(),
                nullToEmpty(e.note()))).toList();
        return new TableExport(ui.getTranslation("booth.tab.records"), headers, rows);
    }

    private LeadReportContent leadReport(BoothContext booth, List<BoothEntry> entries) {
        List<Lead> leads = entries.stream().map(e -> new Lead(e.shortId(), e.name() == null ? "—" : e.name(),
                e.badgeLine(), e.kind() == RecordKind.RESUME ? LeadKind.RESUME : LeadKind.INTENTION,
                e.positionTitle(), e.updatedAt().atZone(zone).toLocalTime(), e.rating(), e.note())).toList();
        return new LeadReportContent(booth.fairName(), booth.fairDate(), booth.employerName(), booth.boothNumber(),
                leads);
    }

    private static Language language(UI ui) {
        return Locale.ENGLISH.getLanguage().equals(ui.getLocale().getLanguage()) ? Language.EN : Language.ZH;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
