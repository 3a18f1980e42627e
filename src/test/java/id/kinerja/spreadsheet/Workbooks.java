package id.kinerja.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as a person makes them in Excel, for tests: one sheet, a row per list, cells typed by their value. */
public final class Workbooks {

    /** A value shown in a number format of its own, e.g. {@code mmm-yy} or {@code #,##0.00}. */
    public record Formatted(Object value, String format) {}

    private Workbooks() {}

    /**
     * The rows from sheet row 1 on; a null row is left out (an empty row), a null value is an empty cell. A
     * {@link String} is a text cell (one starting with {@code =} a formula, computed), a {@link Number} a number cell
     * (General format, as Excel makes a number typed into a fresh cell), a {@link LocalDate} a date cell.
     */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Data");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Formatted formatted) {
                        CellStyle style = workbook.createCellStyle();
                        style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
                        cell.setCellStyle(style);
                        value = formatted.value();
                    }
                    if (value instanceof String text && text.startsWith("=")) {
                        cell.setCellFormula(text.substring(1));
                    } else if (value instanceof String text) {
                        cell.setCellValue(text);
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        if (!(values.get(c) instanceof Formatted)) {
                            cell.setCellStyle(date);
                        }
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV text (comma separated, no quoting) as a workbook of text cells; an empty line is an empty row. */
    public static byte[] fromCsv(String csv) {
        return xlsx(csv.lines().map(line -> line.isEmpty() ? null
                : Arrays.<Object>asList(line.split(",", -1)).stream().map(v -> ((String) v).isEmpty() ? null : v)
                        .toList()).toList());
    }
}
