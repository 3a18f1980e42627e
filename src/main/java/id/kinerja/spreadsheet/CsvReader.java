package id.kinerja.spreadsheet;

import id.kinerja.text.ControlCharacters;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV as RFC 4180 says (quoted fields, doubled quotes, separators and line breaks inside
 * quotes), UTF-8 with or without a byte-order mark, through Apache Commons CSV. A header row is
 * required. The separator is {@code ;} when the header has more semicolons than commas (Excel with
 * Indonesian settings), otherwise {@code ,}. Blank lines are skipped; a row may be shorter than the
 * header (missing values are empty) but not longer. Every problem names the physical line where its
 * record starts. A quote left open or text after a closing quote ends the reading there: the file is
 * refused with the problems found up to that record.
 */
public final class CsvReader {

    /** The largest file the command line reads: far more than any office's roster, far less than the heap. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /** The longest column name of a header; a longer one is reported without being echoed. */
    public static final int MAX_COLUMN_NAME = 100;

    private CsvReader() {}

    public static CsvTable read(byte[] bytes, CsvProblems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(0, "problems.not_utf8");
            return CsvTable.EMPTY;
        }
        return parse(text, problems);
    }

    public static CsvTable parse(String text, CsvProblems problems) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return table(records(text, separatorOf(text), problems), "problems.too_many_values", problems);
    }

    /**
     * The table of non-blank records, each with the line (or sheet row) it starts on: the first is the header,
     * checked for names that are empty, repeated or not names at all; a record longer than the header gets
     * {@code tooManyValues}. The one place that turns read records into a table, for CSV and for XLSX.
     */
    static CsvTable table(List<Record> records, String tooManyValues, CsvProblems problems) {
        if (records.isEmpty()) {
            problems.add(1, "problems.empty_file");
            return CsvTable.EMPTY;
        }
        Record first = records.get(0);
        List<String> header = first.values().stream().map(CsvTable::columnName).toList();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            int length = column.codePointCount(0, column.length());
            if (length > MAX_COLUMN_NAME || ControlCharacters.inLine(column).isPresent()) {
                // not echoed back: no header HR wrote looks like that, and the rows cannot be read by it
                problems.add(first.line(), "problems.bad_column_name", "position", i + 1, "length", length,
                        "max", MAX_COLUMN_NAME);
                return CsvTable.EMPTY;
            }
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                problems.add(first.line(), "problems.empty_column_name");
            } else if (!seen.add(column)) {
                problems.add(first.line(), "problems.duplicate_column", "column", column);
            }
        }
        List<CsvRow> rows = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.values().size() > header.size()) {
                problems.add(record.line(), tooManyValues, "values", record.values().size(),
                        "columns", header.size());
            }
            rows.add(new CsvRow(record.line(), CsvTable.zip(header, record.values())));
        }
        return new CsvTable(header, rows);
    }

    /** The separator of the first line: {@code ;} when it has more semicolons than commas outside quotes. */
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

    /**
     * The records that are not blank, each with the physical line it starts on. Blank lines are read as records
     * (not skipped by the parser) so that the parser's line count before each record is where that record starts.
     * Text after a closing quote is reported and reading goes on at the next line, so that every such line of
     * the file is named at once; a quote never closed takes the rest of the file with it.
     */
    private static List<Record> records(String text, char separator, CsvProblems problems) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true) // spaces around a quoted value, as Excel users type them
                .get();
        List<Record> records = new ArrayList<>();
        int linesBefore = 0; // physical lines of the text before the part being parsed
        String rest = text;
        while (rest != null) {
            rest = parse(rest, linesBefore, format, records, problems);
            if (rest != null) {
                linesBefore = lineCount(text) - lineCount(rest);
            }
        }
        return records;
    }

    /** Parses {@code part} into {@code records}; the text after a line with text after a quote, or null at the end. */
    private static String parse(String part, int linesBefore, CSVFormat format, List<Record> records,
                                CsvProblems problems) {
        try (CSVParser parser = CSVParser.parse(new StringReader(part), format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                // lines ended so far: the next record starts on the line after them
                int line = linesBefore + (int) parser.getCurrentLineNumber() + 1;
                try {
                    if (!iterator.hasNext()) {
                        return null;
                    }
                } catch (UncheckedIOException e) {
                    String key = malformed(e);
                    problems.add(line, key);
                    return key.equals("problems.unclosed_quote") ? null
                            : afterLine(part, (int) parser.getCurrentLineNumber());
                }
                List<String> values = iterator.next().toList();
                if (!(values.isEmpty() || values.size() == 1 && values.get(0).isBlank())) {
                    records.add(new Record(line, values));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string is read without I/O
        }
    }

    /** The text after its first {@code lines} physical lines (CR LF, CR or LF each end one, as the parser counts). */
    private static String afterLine(String text, int lines) {
        int pos = 0;
        for (int ended = 0; ended < lines; ended++) {
            while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
            if (pos >= text.length()) {
                return null;
            }
            pos += text.startsWith("\r\n", pos) ? 2 : 1;
        }
        return pos >= text.length() ? null : text.substring(pos);
    }

    /** The line breaks in {@code text}, counted as {@link #afterLine} counts them. */
    private static int lineCount(String text) {
        int count = 0;
        for (int pos = 0; pos < text.length(); pos++) {
            char c = text.charAt(pos);
            if (c == '\n' || c == '\r' && !text.startsWith("\r\n", pos)) {
                count++;
            }
        }
        return count;
    }

    /** What Commons CSV refused: a quote never closed (it reached the end of the text) or text after a closing quote. */
    private static String malformed(UncheckedIOException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        return message.contains("EOF") ? "problems.unclosed_quote" : "problems.text_after_quote";
    }

    /** The values of one record and the line (CSV) or sheet row (XLSX) it starts on. */
    record Record(int line, List<String> values) {}
}
