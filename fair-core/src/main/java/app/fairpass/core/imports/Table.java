package app.fairpass.core.imports;

import java.util.List;

/** A sheet as read from a file: the header row and the data rows, every cell a trimmed string. */
public record Table(List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
