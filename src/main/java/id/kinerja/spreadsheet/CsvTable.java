package id.kinerja.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV file's header (column names in lower case) and its data rows. */
public record CsvTable(List<String> header, List<CsvRow> rows) {

    /** No header, no rows: what a file that cannot be read as a table gives. */
    public static final CsvTable EMPTY = new CsvTable(List.of(), List.of());

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public boolean hasColumn(String column) {
        return header.contains(column);
    }

    public static String columnName(String raw) {
        return raw.trim().toLowerCase(Locale.ROOT);
    }

    /** A table built in memory, numbered as if it had been read from a file (header on line 1). */
    public static CsvTable of(List<String> header, List<List<String>> records) {
        List<CsvRow> rows = new ArrayList<>();
        int line = 2;
        for (List<String> record : records) {
            rows.add(new CsvRow(line++, zip(header, record)));
        }
        return new CsvTable(header, rows);
    }

    static Map<String, String> zip(List<String> header, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < values.size(); i++) {
            map.put(header.get(i), values.get(i) == null ? "" : values.get(i));
        }
        return map;
    }
}
