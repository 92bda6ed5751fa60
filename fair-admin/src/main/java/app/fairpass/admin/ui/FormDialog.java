package app.fairpass.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;

/**
 * A form in a dialog with Save and Cancel. {@link #save()} returns true once the service committed, and only then
 * the dialog closes; on false the form stays open with its messages and nothing is saved.
 */
public abstract class FormDialog extends Dialog {
    private final FormLayout form = new FormLayout();

    protected FormDialog(String titleKey) {
        setHeaderTitle(getTranslation(titleKey));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        Button saveButton = new Button(getTranslation("console.save"), click -> {
            if (save()) {
                close();
            }
        });
        saveButton.setId("save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        cancel.setId("cancel");
        getFooter().add(cancel, saveButton);
        setWidth("40em");
    }

    protected void fields(Component... fields) {
        form.add(fields);
    }

    protected abstract boolean save();

    /** A required text of at most {@code max} characters, with the console's messages for both. */
    protected <D> Binder.BindingBuilder<D, String> requiredText(Binder<D> binder, HasValue<?, String> field,
            int max) {
        String required = getTranslation("console.required");
        return binder.forField(field).asRequired(required)
                .withValidator(value -> !value.isBlank(), required)
                .withValidator(TextRules.validator(this, max));
    }
}
