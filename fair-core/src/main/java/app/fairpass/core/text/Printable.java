package app.fairpass.core.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field of a service's input that may hold only {@link PlainText} characters; length stays with
 * {@code @Size}. The services' last line of defence: the screens check the same rule and say what is wrong.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Printable.Check.class)
public @interface Printable {
    String message() default "contains control characters";

    boolean multiLine() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Printable, String> {
        private boolean multiLine;

        @Override
        public void initialize(Printable annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !PlainText.hasInvisibleCharacters(value, multiLine);
        }
    }
}
