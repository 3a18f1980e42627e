package id.kinerja.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of an export, chosen by the file name's extension. */
public enum ExportFormat {

    /** An Excel workbook: what an office opens by default, so read by people (labels, not codes). */
    XLSX(true) {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            XlsxWriter.write(table, out);
        }
    },

    /**
     * CSV, UTF-8 with a byte-order mark so that Excel reads it as UTF-8; date-times to the minute; a text that a
     * spreadsheet would run as a formula gets a leading apostrophe. The machine format: column names and codes,
     * whatever the reader's language, so that it can be imported again.
     */
    CSV(false) {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            CsvWriter csv = CsvWriter.withBom(out);
            csv.row(table.header());
            for (List<Object> row : table.rows()) {
                csv.row(row.stream().map(ExportFormat::text).toList());
            }
            csv.flush();
        }
    };

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The extension without the dot, in lower case: {@code xlsx}, {@code csv}. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format a file name asks for by its extension (in any case); empty for any other name. */
    public static Optional<ExportFormat> of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (name.endsWith("." + format.extension())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private final boolean readByPeople;

    ExportFormat(boolean readByPeople) {
        this.readByPeople = readByPeople;
    }

    /** Whether people read this format (header and codes as the chat's labels) rather than programs (codes). */
    public boolean readByPeople() {
        return readByPeople;
    }

    /** Writes the table in this format; the stream is left open. */
    public abstract void write(Table table, OutputStream out) throws IOException;

    /** What the CSV writer takes: numbers as numbers, date-times to the minute, anything else as its text. */
    private static Object text(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof LocalDateTime moment) {
            return MINUTES.format(moment);
        }
        return value.toString();
    }
}
