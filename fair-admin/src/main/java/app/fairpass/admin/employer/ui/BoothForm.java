package app.fairpass.admin.employer.ui;

import app.fairpass.admin.ui.FormDialog;
import app.fairpass.admin.ui.Forms;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.BoothResult;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewBooth;
import app.fairpass.core.fair.FairInfo;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/** Places an employer at a booth of the fair, or changes its booth number. */
class BoothForm extends FormDialog {
    private final EmployerService employers;
    private final FairInfo fair;
    private final BoothInfo editing;
    private final Runnable onSaved;
    private final Binder<Draft> binder = new Binder<>();
    private final TextField number = new TextField();

    private static final class Draft {
        String employer = "";
        String number = "";
    }

    BoothForm(EmployerService employers, FairInfo fair, BoothInfo editing, Runnable onSaved) {
        super(editing == null ? "console.booth.new" : "console.booth.edit");
        this.employers = employers;
        this.fair = fair;
        this.editing = editing;
        this.onSaved = onSaved;
        TextField employer = new TextField(getTranslation("console.booth.employer"));
        employer.setId("booth-employer");
        employer.setReadOnly(editing != null);
        number.setLabel(getTranslation("console.booth.number"));
        number.setId("booth-number");
        requiredText(binder, employer, 200)
                .bind(d -> d.employer, (d, v) -> d.employer = v);
        requiredText(binder, number, 16)
                .bind(d -> d.number, (d, v) -> d.number = v);
        Draft draft = new Draft();
        if (editing != null) {
            draft.employer = editing.employerName();
            draft.number = editing.boothNumber();
        }
        binder.readBean(draft);
        fields(employer, number);
    }

    @Override
    protected boolean save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        BoothResult result = editing == null
                ? employers.placeEmployer(new NewBooth(fair.id(), draft.employer, draft.number))
                : employers.renumberBooth(editing.boothId(), draft.number);
        if (result.outcome() != BoothResult.Outcome.SAVED) {
            number.setInvalid(true);
            number.setErrorMessage(getTranslation("console.booth." + result.outcome()));
            return false;
        }
        Forms.saved(getTranslation("console.booth.saved", result.booth().employerName(), result.booth().boothNumber()));
        onSaved.run();
        return true;
    }
}
