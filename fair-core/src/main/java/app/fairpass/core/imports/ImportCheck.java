package app.fairpass.core.imports;

import java.util.List;

/** What a file would import: the recognised columns, each row's values as read, and every problem found. */
public record ImportCheck(List<String> columns, List<List<String>> rows, List<ImportProblem> problems) {

    public ImportCheck {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
