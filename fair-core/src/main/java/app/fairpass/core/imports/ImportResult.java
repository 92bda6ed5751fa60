package app.fairpass.core.imports;

import java.util.List;

/**
 * {@code imported} is true when every row was saved in one transaction; false when the file had problems, and
 * then nothing was saved. {@code added} counts rows that were not there before (a repeated import adds none).
 */
public record ImportResult(boolean imported, ImportCheck check, int added) {

    public List<ImportProblem> problems() {
        return check.problems();
    }
}
