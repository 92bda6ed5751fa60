package app.fairpass.admin.fair.ui;

import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.stats.FairOverview;
import app.fairpass.core.stats.FairStatsService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;

/** The organiser's start page: every fair with its live totals, opened and closed from here. */
@Route(value = "fairs", layout = OrganiserLayout.class)
@Menu(order = 1, title = "console.nav.fairs", icon = "vaadin:calendar")
@RolesAllowed(Roles.ORGANISER)
public class FairsView extends VerticalLayout implements HasDynamicTitle {
    private final FairService fairs;
    private final FairStatsService stats;
    private final Grid<FairOverview> grid = new Grid<>();

    public FairsView(FairService fairs, FairStatsService stats) {
        this.fairs = fairs;
        this.stats = stats;
        setSizeFull();
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        DateTimeFormatter date = DateTimeFormatter.ISO_LOCAL_DATE;
        grid.setId("fairs");
        // The name takes the room left by the short columns, which are as wide as their content; compact cells
        // and text buttons keep the whole row inside a 1280 px screen beside the menu.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_COMPACT);
        grid.addColumn(row -> date.format(row.fair().date())).setHeader(getTranslation("fair.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.fair().name()).setHeader(getTranslation("fair.name")).setWidth("14rem")
                .setFlexGrow(4);
        grid.addColumn(row -> row.fair().venue()).setHeader(getTranslation("fair.venue")).setWidth("6rem")
                .setFlexGrow(1);
        grid.addComponentColumn(row -> status(row.fair())).setHeader(getTranslation("fair.status"))
                .setAutoWidth(true).setFlexGrow(0);
        figureColumn(getTranslation("figure.registered"), row -> numbers.format(row.registered()));
        figureColumn(getTranslation("figure.checked-in"), row -> numbers.format(row.checkedIn()));
        figureColumn(getTranslation("figure.resumes"), row -> numbers.format(row.resumes()));
        figureColumn(getTranslation("figure.intentions"), row -> numbers.format(row.intentions()));
        grid.addComponentColumn(row -> action(row.fair())).setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> {
            Button edit = new Button(getTranslation("console.edit"),
                    click -> new FairForm(fairs, row.fair(), this::refresh).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return edit;
        }).setKey("edit").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("fair.none"));
        Button add = new Button(getTranslation("console.fair.new"),
                click -> new FairForm(fairs, null, this::refresh).open());
        add.setId("new-fair");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("fair.list.title")), add, grid);
        refresh();
    }

    private void figureColumn(String header, ValueProvider<FairOverview, String> figure) {
        grid.addColumn(figure).setHeader(header).setAutoWidth(true).setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
    }

    private Component status(FairInfo fair) {
        Span badge = new Span(getTranslation("fair.status." + fair.status()));
        badge.getElement().getThemeList().add(switch (fair.status()) {
            case OPEN -> "badge success";
            case PLANNED -> "badge";
            case CLOSED -> "badge contrast";
        });
        return badge;
    }

    private Component action(FairInfo fair) {
        return switch (fair.status()) {
            case PLANNED -> button(fair, "fair.open", FairStatus.OPEN);
            case OPEN -> button(fair, "fair.close", FairStatus.CLOSED);
            case CLOSED -> new Span();
        };
    }

    private Button button(FairInfo fair, String key, FairStatus next) {
        Button button = new Button(getTranslation(key), click -> {
            if (next == FairStatus.CLOSED) {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("fair.close.confirm.title"),
                        getTranslation("fair.close.confirm.text", fair.name()), getTranslation("fair.close"),
                        confirmed -> changeStatus(fair, next));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            } else {
                changeStatus(fair, next);
            }
        });
        // Text buttons, as in the edit column; closing in the error colour.
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (next == FairStatus.CLOSED) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void changeStatus(FairInfo fair, FairStatus next) {
        fairs.changeStatus(fair.id(), next);
        Notification.show(getTranslation("fair.status.changed", fair.name(), getTranslation("fair.status." + next)));
        refresh();
    }

    private void refresh() {
        grid.setItems(stats.overview());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fair.list.title") + " · FairPass";
    }
}
