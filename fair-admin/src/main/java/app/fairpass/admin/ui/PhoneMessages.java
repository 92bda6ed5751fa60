package app.fairpass.admin.ui;

import app.fairpass.core.seeker.PhoneNumber;
import com.vaadin.flow.component.Component;

/** The screens' side of {@link PhoneNumber}: exactly what to fix in a number that cannot be read. */
public final class PhoneMessages {
    private PhoneMessages() {
    }

    /** For a reading with a problem: "手机号少了2位：已输入9位，应为11位", in the owner's language. */
    public static String problem(Component owner, PhoneNumber.Reading reading) {
        int given = reading.digits().length();
        String key = "common.phone." + reading.problem();
        return switch (reading.problem()) {
            case TOO_FEW_DIGITS -> owner.getTranslation(key, PhoneNumber.DIGITS - given, given);
            case TOO_MANY_DIGITS -> owner.getTranslation(key, given - PhoneNumber.DIGITS, given);
            case NO_SUCH_PREFIX -> owner.getTranslation(key, reading.digits().substring(0, 2));
            case EMPTY, NOT_DIGITS, NOT_STARTING_WITH_1 -> owner.getTranslation(key);
        };
    }
}
