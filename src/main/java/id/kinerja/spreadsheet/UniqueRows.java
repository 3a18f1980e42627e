package id.kinerja.spreadsheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Parses every row of an import whose cells pass {@link Cells#check} with {@code limits}; of rows that share a key, the first is kept and the others reported
 * by line with the problem {@code alreadyOnLine} makes of the row and the line of the first.
 */
public final class UniqueRows {

    private UniqueRows() {}

    public static <R> List<R> parse(CsvTable table, Map<String, Integer> limits, ValidationReport report,
                             BiFunction<CsvRow, ValidationReport, Optional<R>> parser, Function<R, String> key,
                             BiFunction<R, Integer, Problem> alreadyOnLine) {
        Map<String, Integer> lineByKey = new HashMap<>();
        List<R> rows = new ArrayList<>();
        for (CsvRow row : table.rows()) {
            if (!Cells.check(row, limits, report)) {
                continue;
            }
            parser.apply(row, report).ifPresent(parsed -> {
                Integer first = lineByKey.putIfAbsent(key.apply(parsed), row.line());
                if (first != null) {
                    report.add(alreadyOnLine.apply(parsed, first));
                } else {
                    rows.add(parsed);
                }
            });
        }
        return rows;
    }
}
