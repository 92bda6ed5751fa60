package app.fairpass.admin.ui;

import app.fairpass.core.text.PlainText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import java.util.Optional;

/**
 * The screens' side of {@link PlainText}: the message a person reads when a text is too long for its column or
 * holds invisible characters, said at the field before any service is called.
 */
public final class TextRules {
    private TextRules() {
    }

    /** A Binder validator for a single-line field of at most {@code max} characters. */
    public static Validator<String> validator(Component owner, int max) {
        return (value, context) -> problem(owner, value, max, false).map(ValidationResult::error)
                .orElseGet(ValidationResult::ok);
    }

    /** Marks the field invalid with the message, or valid; true when there was no problem. */
    public static boolean show(HasValidation field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        problem.ifPresent(field::setErrorMessage);
        return problem.isEmpty();
    }

    /** The message for what is wrong with {@code value}, in the owner's language; empty when it may be saved. */
    public static Optional<String> problem(Component owner, String value, int max, boolean multiLine) {
        return PlainText.problem(value, max, multiLine).map(problem -> switch (problem) {
            case TOO_LONG -> owner.getTranslation("common.text.too-long", max);
            case INVISIBLE_CHARACTERS -> owner.getTranslation("common.text.invisible");
        });
    }
}
