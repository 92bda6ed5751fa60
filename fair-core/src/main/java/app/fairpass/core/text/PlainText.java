package app.fairpass.core.text;

import java.util.Optional;

/**
 * Text a person typed, checked before it is stored: within the column's length, and free of characters that
 * either break a database or disguise what a screen or badge shows. NUL is refused by PostgreSQL; other control
 * characters and bidirectional overrides (U+202E makes "gpj.exe" look like "exe.jpg") are invisible on screen;
 * a lone surrogate is not text at all. Emoji, rare CJK characters and quotes or angle brackets are ordinary text.
 */
public final class PlainText {

    public enum Problem {
        TOO_LONG,
        INVISIBLE_CHARACTERS
    }

    private PlainText() {
    }

    /**
     * Outer whitespace removed, including the ideographic space U+3000 that {@code @NotBlank} does not see; for
     * records to apply before validation, so a name of spaces only is refused instead of stored empty.
     */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    /** What is wrong with {@code value} for a field of at most {@code max} characters; empty when it may be stored. */
    public static Optional<Problem> problem(String value, int max, boolean multiLine) {
        if (value == null) {
            return Optional.empty();
        }
        if (hasInvisibleCharacters(value, multiLine)) {
            return Optional.of(Problem.INVISIBLE_CHARACTERS);
        }
        return value.length() > max ? Optional.of(Problem.TOO_LONG) : Optional.empty();
    }

    /** Line breaks and tabs count as visible only in multi-line fields (a note). */
    public static boolean hasInvisibleCharacters(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
            if (isBidiControl(c) || isLoneSurrogate(value, i)) {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return false;
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C';
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        return Character.isLowSurrogate(c);
    }
}
