package app.fairpass.core.imports;

import app.fairpass.core.seeker.Education;
import app.fairpass.core.seeker.EducationWords;
import app.fairpass.core.text.PlainText;
import java.util.Optional;
import java.util.Set;

/** The words services write in their sheets, read into the domain's values. */
final class Values {
    private static final Set<String> ANY = Set.of("", "不限", "无要求", "无");
    private static final Set<String> YES = Set.of("是", "同意", "y", "yes", "1", "true", "√");
    private static final Set<String> NO = Set.of("否", "不同意", "n", "no", "0", "false", "");

    private Values() {
    }

    /** A text cell for a column of at most {@code max} characters: what is wrong with it, if anything. */
    static Optional<ImportProblem> text(int line, String value, int max, String column) {
        return PlainText.problem(value, max, false).map(problem -> new ImportProblem(line,
                problem == PlainText.Problem.TOO_LONG ? ImportProblem.Kind.TOO_LONG
                        : ImportProblem.Kind.INVISIBLE_CHARACTERS, column));
    }

    /** Empty for "any"; {@code null} when the word is unknown. */
    static Optional<Education> education(String value) {
        if (ANY.contains(value)) {
            return Optional.empty();
        }
        Optional<Education> known = EducationWords.parse(value);
        return known.isPresent() ? known : null;
    }

    /** {@code null} when the word is neither yes nor no. */
    static Boolean yesNo(String value) {
        String word = value.toLowerCase(java.util.Locale.ROOT);
        return YES.contains(word) ? Boolean.TRUE : NO.contains(word) ? Boolean.FALSE : null;
    }

    /** {@code null} for an empty cell; throws NumberFormatException for anything but a whole number. */
    static Integer number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        return Integer.valueOf(value.replace(",", "").replaceFirst("\\.0+$", ""));
    }
}
