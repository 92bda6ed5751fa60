package app.fairpass.admin.employer.ui;

import app.fairpass.admin.ui.FormDialog;
import app.fairpass.admin.ui.Forms;
import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.employer.BoothInfo;
import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.employer.PositionInfo;
import app.fairpass.core.seeker.Education;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.IntegerRangeValidator;

/** A position an employer offers at the fair: title, headcount (招聘人数), monthly salary range, education. */
class PositionForm extends FormDialog {
    private final EmployerService employers;
    private final BoothInfo booth;
    private final PositionInfo editing;
    private final Runnable onSaved;
    private final Binder<Draft> binder = new Binder<>();

    private static final class Draft {
        String title = "";
        Integer headcount = 1;
        Integer salaryMin;
        Integer salaryMax;
        Education education;
        String major = "";
    }

    PositionForm(EmployerService employers, BoothInfo booth, PositionInfo editing, Runnable onSaved) {
        super(editing == null ? "console.position.new" : "console.position.edit");
        this.employers = employers;
        this.booth = booth;
        this.editing = editing;
        this.onSaved = onSaved;
        TextField title = new TextField(getTranslation("console.position.title"));
        title.setId("position-title");
        IntegerField headcount = new IntegerField(getTranslation("console.position.headcount"));
        headcount.setId("position-headcount");
        IntegerField salaryMin = new IntegerField(getTranslation("console.position.salary-min"));
        salaryMin.setId("position-salary-min");
        IntegerField salaryMax = new IntegerField(getTranslation("console.position.salary-max"));
        salaryMax.setId("position-salary-max");
        Select<Education> education = new Select<>();
        education.setId("position-education");
        education.setLabel(getTranslation("console.position.education"));
        education.setItems(Education.values());
        education.setEmptySelectionAllowed(true);
        education.setEmptySelectionCaption(getTranslation("console.position.any-education"));
        education.setItemLabelGenerator(e -> e == null ? getTranslation("console.position.any-education")
                : getTranslation("education." + e));
        TextField major = new TextField(getTranslation("console.position.major"));
        major.setId("position-major");
        String required = getTranslation("console.required");
        requiredText(binder, title, 100)
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(headcount).asRequired(required)
                .withValidator(new IntegerRangeValidator(getTranslation("console.position.headcount-range"), 1,
                        100_000))
                .bind(d -> d.headcount, (d, v) -> d.headcount = v);
        String salaryRange = getTranslation("console.position.salary-range");
        binder.forField(salaryMin).withValidator(new IntegerRangeValidator(salaryRange, 0, null))
                .bind(d -> d.salaryMin, (d, v) -> d.salaryMin = v);
        binder.forField(salaryMax).withValidator(new IntegerRangeValidator(salaryRange, 0, null))
                .withValidator(max -> max == null || salaryMin.getValue() == null || max >= salaryMin.getValue(),
                        salaryRange)
                .bind(d -> d.salaryMax, (d, v) -> d.salaryMax = v);
        binder.forField(education).bind(d -> d.education, (d, v) -> d.education = v);
        binder.forField(major).withValidator(TextRules.validator(this, 100))
                .bind(d -> d.major, (d, v) -> d.major = v);
        Draft draft = new Draft();
        if (editing != null) {
            draft.title = editing.title();
            draft.headcount = editing.headcount();
            draft.salaryMin = editing.salaryMin();
            draft.salaryMax = editing.salaryMax();
            draft.education = editing.education();
            draft.major = editing.majorCategory() == null ? "" : editing.majorCategory();
        }
        binder.readBean(draft);
        fields(title, headcount, salaryMin, salaryMax, education, major);
    }

    @Override
    protected boolean save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return false;
        }
        NewPosition position = new NewPosition(booth.fairId(), booth.employerId(), draft.title, draft.headcount,
                draft.salaryMin, draft.salaryMax, draft.education, draft.major.isBlank() ? null : draft.major.strip());
        PositionInfo saved = editing == null ? employers.addPosition(position)
                : employers.updatePosition(editing.id(), position);
        Forms.saved(getTranslation("console.position.saved", saved.title()));
        onSaved.run();
        return true;
    }
}
