package id.kinerja.spreadsheet;

import id.kinerja.text.ControlCharacters;
import java.util.Map;
import java.util.OptionalInt;

/**
 * That each cell of an import row fits its column: no longer than the column's limit and free of
 * control characters. Every row is checked here before its values are read, so a bad cell is a
 * {@code line N} problem and never reaches the database. The limits per column belong to each import
 * (the module that owns the data).
 */
public final class Cells {

    /** NIPs (with spaces or dots), period codes, statuses, roles, ratings, directions, numbers. */
    public static final int CODE = 50;

    private Cells() {}

    /** Reports every cell of the row that is too long or holds a control character; true when there is none. */
    public static boolean check(CsvRow row, Map<String, Integer> limits, ValidationReport report) {
        boolean fine = true;
        for (Map.Entry<String, Integer> limit : limits.entrySet()) {
            String value = row.get(limit.getKey());
            int length = value.codePointCount(0, value.length());
            if (length > limit.getValue()) {
                report.add(row.line(), "problems.value_too_long", "column", limit.getKey(), "length", length,
                        "max", limit.getValue());
                fine = false;
                continue;
            }
            OptionalInt control = ControlCharacters.inLine(value);
            if (control.isPresent()) {
                report.add(row.line(), "problems.control_character", "column", limit.getKey(),
                        "character", ControlCharacters.name(control.getAsInt()));
                fine = false;
            }
        }
        return fine;
    }
}
