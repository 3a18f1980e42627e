package id.kinerja.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A table to hand to people as a file: a name (the sheet's), a header and rows of values. A value is a
 * {@link String}, a {@link BigDecimal}, a {@link LocalDate}, a {@link LocalDateTime} (minutes are shown)
 * or null for an empty cell; each {@link ExportFormat} writes them in its own way.
 */
public record Table(String name, List<String> header, List<List<Object>> rows) {

    public Table {
        header = List.copyOf(header);
        for (List<Object> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values under " + header.size()
                        + " columns");
            }
            for (Object value : row) {
                if (value != null && !(value instanceof String || value instanceof BigDecimal
                        || value instanceof LocalDate || value instanceof LocalDateTime)) {
                    throw new IllegalArgumentException("not a table value: " + value.getClass().getName());
                }
            }
        }
        rows = List.copyOf(rows);
    }

    /**
     * Whether a spreadsheet would take this text for a formula (and run it: "CSV injection"). The one rule both
     * writers follow: the workbook keeps such a value a literal string cell, the CSV prefixes it with an apostrophe.
     */
    static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
