package id.kinerja.spreadsheet;

import java.util.Map;

/** One record of a CSV file: its physical line number (where the record starts) and its values by column. */
public record CsvRow(int line, Map<String, String> values) {

    /** The trimmed value, or "" when the column is absent or the row is short. */
    public String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.trim();
    }

    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }
}
