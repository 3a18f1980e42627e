package id.kinerja.audit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One part of a person's data copy: a stable machine name ({@code evaluations}, {@code coaching}, …, the JSON key
 * and the sheet name), the column names (snake_case, English: a machine-readable copy) and the rows. A value is a
 * {@link String}, a {@link Long}, a {@link BigDecimal}, a {@link Boolean}, a {@link LocalDate}, a
 * {@link LocalDateTime} (the office's zone) or null.
 */
public record PersonalDataSection(String name, List<String> columns, List<List<Object>> rows) {

    public PersonalDataSection {
        if (!name.matches("[a-z][a-z0-9_]{0,30}")) {
            throw new IllegalArgumentException("not a section name: " + name);
        }
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " values under " + columns.size()
                        + " columns in " + name);
            }
            for (Object value : row) {
                if (value != null && !(value instanceof String || value instanceof Long || value instanceof BigDecimal
                        || value instanceof Boolean || value instanceof LocalDate || value instanceof LocalDateTime)) {
                    throw new IllegalArgumentException("not a data value in " + name + ": " + value.getClass().getName());
                }
            }
        }
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }
}
