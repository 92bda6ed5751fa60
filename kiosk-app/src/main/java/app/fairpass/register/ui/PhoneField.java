package app.fairpass.register.ui;

import app.fairpass.admin.ui.PhoneMessages;
import app.fairpass.admin.ui.TextRules;
import app.fairpass.core.seeker.PhoneNumber;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.Optional;

/**
 * A job seeker's mobile number: a touch screen shows its phone keypad, and whatever is typed or pasted stays as
 * typed ("+86 138 1234 5678", full-width digits) until {@link #read()} reads it with {@link PhoneNumber}.
 */
public class PhoneField extends TextField {

    public PhoneField(String id) {
        setId(id);
        setLabel(getTranslation("register.phone"));
        // Vaadin 24's text field does not pass inputmode on to its <input>; one of our own, slotted, keeps it.
        Element input = new Element("input");
        input.setAttribute("slot", "input");
        input.setAttribute("inputmode", "tel");
        getElement().appendChild(input);
        getElement().setAttribute("autocomplete", "tel");
    }

    /**
     * The number as it is stored, which the field then shows; or empty, with exactly what is wrong said at the
     * field.
     */
    public Optional<String> read() {
        PhoneNumber.Reading reading = PhoneNumber.read(getValue());
        if (reading.isValid()) {
            setValue(reading.number());
        }
        TextRules.show(this, reading.isValid() ? Optional.empty()
                : Optional.of(PhoneMessages.problem(this, reading)));
        return Optional.ofNullable(reading.number());
    }
}
