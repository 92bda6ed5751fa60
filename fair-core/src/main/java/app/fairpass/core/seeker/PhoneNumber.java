package app.fairpass.core.seeker;

import java.text.Normalizer;

/**
 * A mainland mobile number as people type, paste or list it, read into the 11 ASCII digits that are stored. Every
 * way a number comes in (the forms, "find my pass", imports) reads it here. Full-width characters count as their
 * ASCII twins; spaces, dashes, dots and brackets are left out; a leading +86 or 0086 is the country code, and so
 * is a bare 86 when 11 digits starting with 1 follow it. What cannot be read says why, so that a screen can say
 * exactly what to fix.
 */
public final class PhoneNumber {
    /** A stored mobile number: 11 digits starting 13–19. */
    public static final String PATTERN = "1[3-9][0-9]{9}";
    public static final int DIGITS = 11;
    private static final String COUNTRY_CODE = "86";
    /** Written between groups of digits: spaces, dashes of every width, dots and brackets. */
    private static final String SEPARATORS = " -‐‑‒–—−.·()[]";

    public enum Problem {
        /** Nothing but spaces. */
        EMPTY,
        /** Letters or signs that are not written in a phone number. */
        NOT_DIGITS,
        TOO_FEW_DIGITS,
        TOO_MANY_DIGITS,
        /** E.g. a landline number with its area code. */
        NOT_STARTING_WITH_1,
        /** 11 digits starting 10, 11 or 12: no mobile number starts so. */
        NO_SUCH_PREFIX
    }

    /**
     * A number read: {@code number} (the 11 digits to store) when there is no {@code problem}. {@code digits} are
     * the digits found, after any country code, also when there is a problem (a message counts them); empty when
     * the text was empty or not digits.
     */
    public record Reading(String number, Problem problem, String digits) {
        public boolean isValid() {
            return problem == null;
        }
    }

    private PhoneNumber() {
    }

    public static Reading read(String typed) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (text.isEmpty()) {
            return new Reading(null, Problem.EMPTY, "");
        }
        boolean plus = text.startsWith("+");
        StringBuilder found = new StringBuilder();
        for (char c : text.substring(plus ? 1 : 0).toCharArray()) {
            if (c >= '0' && c <= '9') {
                found.append(c);
            } else if (!Character.isWhitespace(c) && SEPARATORS.indexOf(c) < 0) {
                return new Reading(null, Problem.NOT_DIGITS, "");
            }
        }
        if (found.isEmpty()) {
            return new Reading(null, Problem.NOT_DIGITS, "");
        }
        String digits = withoutCountryCode(found.toString(), plus);
        if (digits.isEmpty()) {
            return new Reading(null, Problem.TOO_FEW_DIGITS, digits);
        }
        if (digits.charAt(0) != '1') {
            return new Reading(null, Problem.NOT_STARTING_WITH_1, digits);
        }
        if (digits.length() != DIGITS) {
            return new Reading(null, digits.length() < DIGITS ? Problem.TOO_FEW_DIGITS : Problem.TOO_MANY_DIGITS,
                    digits);
        }
        if (!digits.matches(PATTERN)) {
            return new Reading(null, Problem.NO_SUCH_PREFIX, digits);
        }
        return new Reading(digits, null, digits);
    }

    /** After "+" or "00" the country code is sure; a bare 86 only when a whole mobile number follows. */
    private static String withoutCountryCode(String digits, boolean plus) {
        if (plus && digits.startsWith(COUNTRY_CODE)) {
            return digits.substring(COUNTRY_CODE.length());
        }
        if (digits.startsWith("00" + COUNTRY_CODE)) {
            return digits.substring(2 + COUNTRY_CODE.length());
        }
        boolean bare = digits.startsWith(COUNTRY_CODE) && digits.length() == COUNTRY_CODE.length() + DIGITS
                && digits.charAt(COUNTRY_CODE.length()) == '1';
        return bare ? digits.substring(COUNTRY_CODE.length()) : digits;
    }
}
