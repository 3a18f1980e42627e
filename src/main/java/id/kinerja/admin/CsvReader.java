package id.kinerja.admin;

import id.kinerja.spreadsheet.Cells;
import id.kinerja.spreadsheet.ValidationReport;
import id.kinerja.text.ControlCharacters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads CSV as RFC 4180 says (quoted fields, doubled quotes, separators and line breaks inside
 * quotes), UTF-8 with or without a byte-order mark. A header row is required. The separator is
 * {@code ;} when the header has more semicolons than commas (Excel with Indonesian settings),
 * otherwise {@code ,}. Blank lines are skipped; a row may be shorter than the header (missing
 * values are empty) but not longer.
 */
public final class CsvReader {

    private CsvReader() {}

    /** The largest file the command line reads: far more than any office's roster, far less than the heap. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public static CsvTable read(Path file, ValidationReport report) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                report.add("problems.file_too_large", "file", file, "max", MAX_FILE_BYTES / (1024 * 1024) + " MB");
                return new CsvTable(List.of(), List.of());
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            report.add("problems.file_not_found", "file", file);
            return new CsvTable(List.of(), List.of());
        } catch (IOException e) {
            report.add("problems.file_unreadable", "file", file, "reason", e.getMessage());
            return new CsvTable(List.of(), List.of());
        }
        return read(bytes, report);
    }

    public static CsvTable read(byte[] bytes, ValidationReport report) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            report.add("problems.not_utf8");
            return new CsvTable(List.of(), List.of());
        }
        return parse(text, report);
    }

    public static CsvTable parse(String text, ValidationReport report) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Record> records = new Parser(text, separatorOf(text), report).records();
        if (records.isEmpty()) {
            report.add(1, "problems.empty_file");
            return new CsvTable(List.of(), List.of());
        }
        List<String> header = records.get(0).values().stream().map(CsvTable::columnName).toList();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            int length = column.codePointCount(0, column.length());
            if (length > Cells.COLUMN_NAME || ControlCharacters.inLine(column).isPresent()) {
                // not echoed back: no header HR wrote looks like that, and the rows cannot be read by it
                report.add(records.get(0).line(), "problems.bad_column_name", "position", i + 1, "length", length,
                        "max", Cells.COLUMN_NAME);
                return new CsvTable(List.of(), List.of());
            }
        }
        for (String column : header) {
            if (column.isEmpty()) {
                report.add(records.get(0).line(), "problems.empty_column_name");
            } else if (!seen.add(column)) {
                report.add(records.get(0).line(), "problems.duplicate_column", "column", column);
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.values().size() > header.size()) {
                report.add(record.line(), "problems.too_many_values", "values", record.values().size(),
                        "columns", header.size());
            }
            rows.add(new CsvRow(record.line(), CsvTable.zip(header, record.values())));
        }
        return new CsvTable(header, rows);
    }

    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private record Record(int line, List<String> values) {}

    private static final class Parser {
        private final String text;
        private final char separator;
        private final ValidationReport report;
        private int pos;
        private int line = 1;

        Parser(String text, char separator, ValidationReport report) {
            this.text = text;
            this.separator = separator;
            this.report = report;
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            while (pos < text.length()) {
                int start = line;
                List<String> values = record(start);
                boolean blank = values.size() == 1 && values.get(0).isBlank();
                if (!blank) {
                    records.add(new Record(start, values));
                }
            }
            return records;
        }

        /** Reads fields up to and including the end of the record. */
        private List<String> record(int start) {
            List<String> values = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quotedField = false;
            boolean blank = true;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"' && blank && !quotedField) {
                    field.setLength(0);
                    quoted(field, start);
                    quotedField = true;
                    blank = false;
                } else if (c == separator) {
                    values.add(field.toString());
                    field.setLength(0);
                    quotedField = false;
                    blank = true;
                } else if (c == '\r' || c == '\n') {
                    endOfLine(c);
                    values.add(field.toString());
                    return values;
                } else if (quotedField) {
                    if (!Character.isWhitespace(c)) {
                        report.add(start, "problems.text_after_quote");
                        quotedField = false;
                        field.append(c);
                    }
                } else {
                    field.append(c);
                    blank &= Character.isWhitespace(c);
                }
            }
            values.add(field.toString());
            return values;
        }

        private void quoted(StringBuilder field, int start) {
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        field.append('"');
                        pos++;
                    } else {
                        return;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
            }
            report.add(start, "problems.unclosed_quote");
        }

        private void endOfLine(char c) {
            if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        }
    }
}
