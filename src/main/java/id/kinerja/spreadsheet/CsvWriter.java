package id.kinerja.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes RFC 4180 CSV through Apache Commons CSV: comma separated, CRLF line ends, a value quoted when it
 * holds a comma, semicolon, quote or line break (so that the reader's separator detection and Excel with
 * Indonesian settings read it back whole), otherwise written as it is. Files start with a UTF-8 byte-order
 * mark so that Excel reads them as UTF-8. A text that a spreadsheet would run as a formula gets a leading
 * apostrophe (Excel shows it as typed); a {@link Number} is written as it is, so a negative number stays a number.
 */
public final class CsvWriter {

    /** Quotes the value, doubling the quotes inside. */
    private static final CSVFormat QUOTED = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();
    /** Writes the value as it is: only for values without separator, quote or line break. */
    private static final CSVFormat AS_IS = CSVFormat.RFC4180.builder().setQuote(null).get();

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** A writer to a file or stream, preceded by the byte-order mark. */
    public static CsvWriter withBom(OutputStream stream) throws IOException {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CsvWriter(writer);
    }

    /** A writer to text output such as the console, without a byte-order mark. */
    public static CsvWriter plain(Writer writer) {
        return new CsvWriter(writer);
    }

    /** One line; each value a text (neutralised if it looks like a formula), a {@link Number}, or null (empty). */
    public CsvWriter row(List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            String cell = cell(values.get(i));
            (needsQuotes(cell) ? QUOTED : AS_IS).print(cell, out, i == 0);
        }
        QUOTED.println(out);
        return this;
    }

    public void flush() throws IOException {
        out.flush();
    }

    private static String cell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return value == null ? "" : neutralised(value.toString());
    }

    private static String neutralised(String text) {
        return Table.looksLikeFormula(text) ? "'" + text : text;
    }

    private static boolean needsQuotes(String value) {
        return value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf(';') >= 0;
    }
}
