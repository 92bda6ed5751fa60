package app.fairpass.admin.report.ui;

import app.fairpass.admin.report.FairReports;
import app.fairpass.admin.ui.Downloads;
import app.fairpass.admin.ui.FairSelect;
import app.fairpass.admin.ui.KeyGroupNames;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.export.ExportFile;
import app.fairpass.core.export.ExportKind;
import app.fairpass.core.export.ExportService;
import app.fairpass.core.export.TableFormat;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.SeriesInfo;
import app.fairpass.core.seeker.SeekerAdminService;
import app.fairpass.core.seeker.SeekerDirectory;
import app.fairpass.core.seeker.SeekerRow;
import app.fairpass.printing.text.Language;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The fair summary and series roll-up PDFs, the exports, and the follow-up list of people to call. */
@Route(value = "reports", layout = OrganiserLayout.class)
@Menu(order = 8, title = "console.nav.reports", icon = "vaadin:file-text")
@RolesAllowed(Roles.ORGANISER)
public class ReportsView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
    private final FairService fairs;
    private final FairReports reports;
    private final ExportService exports;
    private final SeekerAdminService seekers;
    private final KeyGroupNames keyGroups;
    private final Grid<SeekerRow> followUp = new Grid<>();
    private FairSelect fair;

    public ReportsView(FairService fairs, FairReports reports, ExportService exports, SeekerAdminService seekers,
            SeekerDirectory directory) {
        this.fairs = fairs;
        this.reports = reports;
        this.exports = exports;
        this.seekers = seekers;
        this.keyGroups = new KeyGroupNames(directory.keyGroups(), getLocale());
        setSizeFull();
        followUp.setId("follow-up");
        followUp.addColumn(SeekerRow::name).setHeader(getTranslation("console.seeker.name"));
        followUp.addColumn(SeekerRow::phone).setHeader(getTranslation("console.seeker.phone"));
        followUp.addColumn(row -> keyGroups.join(row.keyGroups()))
                .setHeader(getTranslation("console.seeker.key-groups")).setFlexGrow(2);
        followUp.addColumn(SeekerRow::passShortId).setHeader(getTranslation("console.seeker.pass"));
        followUp.setEmptyStateText(getTranslation("console.report.follow-up.none"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long fairId) {
        removeAll();
        fair = new FairSelect(fairs.listFairs(), fairId);
        if (fair.getValue() == null) {
            add(new H2(getTranslation("console.nav.reports")), new Paragraph(getTranslation("fair.none")));
            return;
        }
        fair.addValueChangeListener(change -> showFollowUp());
        Language language = FairReports.language(getLocale());
        Select<SeriesInfo> series = new Select<>();
        series.setId("series");
        series.setLabel(getTranslation("console.fair.series"));
        series.setItems(fairs.listSeries());
        series.setItemLabelGenerator(SeriesInfo::name);
        Anchor seriesPdf = Downloads.link("series-pdf", getTranslation("console.report.series"),
                () -> new ExportFile("series-" + series.getValue().id() + ".pdf", "application/pdf",
                        reports.series(series.getValue(), language)));
        seriesPdf.setEnabled(false);
        series.addValueChangeListener(change -> seriesPdf.setEnabled(change.getValue() != null));
        add(new H2(getTranslation("console.nav.reports")), fair,
                new H3(getTranslation("console.report.reports")),
                new HorizontalLayout(Downloads.link("summary-pdf", getTranslation("console.report.summary"),
                        () -> new ExportFile("summary-" + fairId() + ".pdf", "application/pdf",
                                reports.summary(fairId(), language)))),
                new HorizontalLayout(series, seriesPdf),
                new H3(getTranslation("console.report.exports")),
                new Paragraph(getTranslation("console.report.exports.audited")),
                exportRow(ExportKind.CHECK_INS), exportRow(ExportKind.BOOTH_RECORDS),
                new H3(getTranslation("console.report.follow-up")),
                new Paragraph(getTranslation("console.report.follow-up.explained")),
                exportRow(ExportKind.FOLLOW_UP), followUp);
        showFollowUp();
    }

    private HorizontalLayout exportRow(ExportKind kind) {
        HorizontalLayout row = new HorizontalLayout();
        for (TableFormat format : TableFormat.values()) {
            String id = "export-" + kind.name().toLowerCase().replace('_', '-') + "-" + format.extension();
            row.add(Downloads.link(id, getTranslation("console.export." + kind) + " (" + format + ")",
                    () -> exports.export(fairId(), kind, format)));
        }
        return row;
    }

    private long fairId() {
        return fair.getValue().id();
    }

    private void showFollowUp() {
        followUp.setItems(fair.getValue() == null ? List.of() : seekers.followUp(fair.getValue().id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.reports") + " · FairPass";
    }
}
