package app.fairpass.core.imports;

/**
 * One thing wrong with an import file. {@code line} is the row number as a spreadsheet shows it (the header is
 * line 1), or 0 for the file as a whole; {@code detail} is a column name or value the message quotes.
 */
public record ImportProblem(int line, Kind kind, String detail) {

    public enum Kind {
        UNREADABLE_FILE, EMPTY_FILE, MISSING_COLUMN, FAIR_CLOSED,
        REQUIRED, TOO_LONG, INVISIBLE_CHARACTERS, NOT_A_NUMBER, HEADCOUNT, SALARY_RANGE, EDUCATION, PHONE, KEY_GROUP, YES_NO,
        CONSENT_REQUIRED, DUPLICATE_PHONE, DUPLICATE_POSITION, BOOTH_CONFLICT, BOOTH_TAKEN
    }
}
