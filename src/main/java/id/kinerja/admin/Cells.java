package id.kinerja.admin;

import id.kinerja.spreadsheet.CsvRow;
import id.kinerja.text.ControlCharacters;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The longest value each column of an import may hold, and that it holds no control character: the
 * one place for the size of names, positions, units, indicators and codes. Every row is checked
 * here before its values are read, so a bad cell is a {@code line N} problem and never reaches the
 * database. Feedback has its own rule ({@link id.kinerja.appraisal.FeedbackRule}).
 */
final class Cells {

    static final int NAME = 200;
    static final int POSITION = 200;
    static final int UNIT = 200;
    static final int INDICATOR = 300;
    static final int UNIT_OF_MEASURE = 100;
    /** NIPs (with spaces or dots), period codes, statuses, roles, ratings, directions, numbers. */
    static final int CODE = 50;
    /** A column name of the header. */
    static final int COLUMN_NAME = 100;

    static final Map<String, Integer> ROSTER = Map.of("nip", CODE, "name", NAME, "position", POSITION, "unit", UNIT,
            "parent_unit", UNIT, "supervisor_nip", CODE, "role", CODE, "status", CODE);
    static final Map<String, Integer> INDICATORS = Map.of("nip", CODE, "period", CODE, "indicator", INDICATOR,
            "target", CODE, "unit", UNIT_OF_MEASURE, "realisation", CODE, "direction", CODE, "weight", CODE);
    static final Map<String, Integer> EVALUATIONS = Map.of("nip", CODE, "period", CODE, "work_result", CODE,
            "behaviour", CODE);

    private Cells() {}

    /** Reports every cell of the row that is too long or holds a control character; true when there is none. */
    static boolean check(CsvRow row, Map<String, Integer> limits, ValidationReport report) {
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
