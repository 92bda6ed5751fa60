package app.fairpass.core.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds the columns of an import file by their Chinese headers, ignoring spaces and notes in brackets. */
final class Columns {
    private static final Pattern NOTE = Pattern.compile("[（(].*?[)）]|\\s|\\*");
    private final Map<String, Integer> index = new HashMap<>();

    Columns(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            index.putIfAbsent(normalise(headers.get(i)), i);
        }
    }

    private static String normalise(String header) {
        return NOTE.matcher(header.replace("\uFEFF", "")).replaceAll("");
    }

    /** The first header among the names present, or -1. */
    int find(String... names) {
        for (String name : names) {
            Integer i = index.get(name);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    static String cell(List<String> row, int column) {
        return column < 0 || column >= row.size() ? "" : row.get(column);
    }
}
