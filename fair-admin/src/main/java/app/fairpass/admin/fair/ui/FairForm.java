package app.fairpass.admin.fair.ui;

import app.fairpass.admin.ui.FormDialog;
import app.fairpass.admin.ui.Forms;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.fair.SeriesInfo;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Creates or edits a fair: name, venue, date, opening hours and the series it belongs to. */
class FairForm extends FormDialog {
    private final FairService fairs;
    private final FairInfo editing;
    private final Runnable onSaved;
    private final Binder<Draft> binder = new Binder<>();
    private final Select<SeriesInfo> series = new Select<>();
    private final TextField name = new TextField();
    private final TextField venue = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker opensAt = new TimePicker();
    private final TimePicker closesAt = new TimePicker();

    /** The form's own mutable state; a {@link NewFair} is made from it only once it is valid. */
    static final class Draft {
        SeriesInfo series;
        String name = "";
        String venue = "";
        LocalDate date;
        LocalTime opensAt = LocalTime.of(9, 0);
        LocalTime closesAt = LocalTime.of(12, 0);
    }

    FairForm(FairService fairs, FairInfo editing, Runnable onSaved) {
        super(editing == null ? "console.fair.new" : "console.fair.edit");
        this.fairs = fairs;
        this.editing = editing;
        this.onSaved = onSaved;
        List<SeriesInfo> allSeries = fairs.listSeries();
        series.setId("fair-series");
        series.setLabel(getTranslation("console.fair.series"));
        series.setItems(allSeries);
        series.setItemLabelGenerator(s -> s == null ? getTranslation("console.fair.no-series") : s.name());
        series.setEmptySelectionAllowed(true);
        series.setEmptySelectionCaption(getTranslation("console.fair.no-series"));
        name.setId("fair-name");
        name.setLabel(getTranslation("fair.name"));
        venue.setId("fair-venue");
        venue.setLabel(getTranslation("fair.venue"));
        date.setId("fair-date");
        date.setLabel(getTranslation("fair.date"));
        opensAt.setId("fair-opens");
        opensAt.setLabel(getTranslation("console.fair.opens"));
        closesAt.setId("fair-closes");
        closesAt.setLabel(getTranslation("console.fair.closes"));
        String required = getTranslation("console.required");
        binder.forField(series).bind(d -> d.series, (d, v) -> d.series = v);
        requiredText(binder, name, 200)
                .bind(d -> d.name, (d, v) -> d.name = v);
        requiredText(binder, venue, 300)
                .bind(d -> d.venue, (d, v) -> d.venue = v);
        binder.forField(date).asRequired(required).bind(d -> d.date, (d, v) -> d.date = v);
        binder.forField(opensAt).asRequired(required).bind(d -> d.opensAt, (d, v) -> d.opensAt = v);
        binder.forField(closesAt).asRequired(required)
                .withValidator(closes -> opensAt.getValue() == null || closes.isAfter(opensAt.getValue()),
                        getTranslation("console.fair.closes-after-opens"))
                .bind(d -> d.closesAt, (d, v) -> d.closesAt = v);
        Draft draft = new Draft();
        if (editing != null) {
            draft.series = allSeries.stream().filter(s -> editing.seriesId() != null && s.id() == editing.seriesId())
                    .findFirst().orElse(null);
            draft.name = editing.name();
            draft.venue = editing.venue();
            draft.date = editing.date();
            draft.opensAt = editing.opensAt();
            draft.closesAt = editing.closesAt();
        }
        binder.readBean(draft);
        fields(name, venue, date, series, opensAt, closesAt);
    }

    @Override
    protected boolean save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        NewFair fair = new NewFair(draft.series == null ? null : draft.series.id(), draft.name, draft.venue,
                draft.date, draft.opensAt, draft.closesAt);
        FairInfo saved = editing == null ? fairs.createFair(fair) : fairs.updateFair(editing.id(), fair);
        Forms.saved(getTranslation("console.fair.saved", saved.name()));
        onSaved.run();
        return true;
    }
}
