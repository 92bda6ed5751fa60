package app.fairpass.admin.fair.ui;

import app.fairpass.admin.ui.FormDialog;
import app.fairpass.admin.ui.Forms;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.Roles;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewSeries;
import app.fairpass.core.fair.SeriesInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Objects;

/** Series of fairs (e.g. an employment service month), reported together in the series roll-up. */
@Route(value = "series", layout = OrganiserLayout.class)
@Menu(order = 2, title = "console.nav.series", icon = "vaadin:folder-open")
@RolesAllowed(Roles.ORGANISER)
public class SeriesView extends VerticalLayout implements HasDynamicTitle {
    private final FairService fairs;
    private final Grid<SeriesInfo> grid = new Grid<>();

    public SeriesView(FairService fairs) {
        this.fairs = fairs;
        setSizeFull();
        grid.setId("series");
        grid.addColumn(SeriesInfo::name).setHeader(getTranslation("console.series.name")).setFlexGrow(3);
        grid.addColumn(s -> Objects.toString(s.startsOn(), "")).setHeader(getTranslation("console.series.starts"));
        grid.addColumn(s -> Objects.toString(s.endsOn(), "")).setHeader(getTranslation("console.series.ends"));
        grid.addComponentColumn(s -> new Button(getTranslation("console.edit"), click -> new SeriesForm(s).open()))
                .setKey("edit").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("console.series.none"));
        Button add = new Button(getTranslation("console.series.new"), click -> new SeriesForm(null).open());
        add.setId("new-series");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("console.nav.series")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(fairs.listSeries());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.nav.series") + " · FairPass";
    }

    private final class SeriesForm extends FormDialog {
        private final SeriesInfo editing;
        private final Binder<Draft> binder = new Binder<>();

        SeriesForm(SeriesInfo editing) {
            super(editing == null ? "console.series.new" : "console.series.edit");
            this.editing = editing;
            TextField name = new TextField(getTranslation("console.series.name"));
            name.setId("series-name");
            DatePicker starts = new DatePicker(getTranslation("console.series.starts"));
            starts.setId("series-starts");
            DatePicker ends = new DatePicker(getTranslation("console.series.ends"));
            ends.setId("series-ends");
            requiredText(binder, name, 200)
                    .bind(d -> d.name, (d, v) -> d.name = v);
            binder.forField(starts).bind(d -> d.startsOn, (d, v) -> d.startsOn = v);
            binder.forField(ends)
                    .withValidator(end -> end == null || starts.getValue() == null || !end.isBefore(starts.getValue()),
                            getTranslation("console.series.ends-before-starts"))
                    .bind(d -> d.endsOn, (d, v) -> d.endsOn = v);
            Draft draft = new Draft();
            if (editing != null) {
                draft.name = editing.name();
                draft.startsOn = editing.startsOn();
                draft.endsOn = editing.endsOn();
            }
            binder.readBean(draft);
            fields(name, starts, ends);
        }

        @Override
        protected boolean save() {
            Draft draft = new Draft();
            if (!binder.writeBeanIfValid(draft)) {
                return false;
            }
            NewSeries series = new NewSeries(draft.name, draft.startsOn, draft.endsOn);
            if (editing == null) {
                fairs.createSeries(series);
            } else {
                fairs.updateSeries(editing.id(), series);
            }
            Forms.saved(getTranslation("console.series.saved", series.name()));
            refresh();
            return true;
        }
    }

    private static final class Draft {
        String name = "";
        LocalDate startsOn;
        LocalDate endsOn;
    }
}
