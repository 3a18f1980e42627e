package id.kinerja.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an XLSX workbook the way an office expects to open it: one sheet named after the
 * table, a bold header row that stays in view and has filter buttons, columns as wide as their
 * content, text as text (an 18-digit NIP stays exact), numbers as numbers and dates as dates.
 * Nothing is ever a formula: a value starting with = + - @ is a string cell, and one marked so that
 * editing it in Excel keeps it text.
 */
final class XlsxWriter {

    /** The widest column, in characters; a longer value is complete in the cell but cut off on screen. */
    static final int MAX_WIDTH = 60;
    /** Excel's limit for the text of one cell. */
    static final int MAX_TEXT = 32_767;

    /**
     * Rows kept in memory while writing; older ones go to a compressed temporary file, deleted on
     * close. The whole sheet in memory (XSSF) needed more than 256 MB of heap for 50,000 rows.
     */
    private static final int ROWS_IN_MEMORY = 200;

    private XlsxWriter() {}

    public static void write(Table table, OutputStream out) throws IOException {
        write(List.of(table), out);
    }

    /** Several tables as the sheets of one workbook, in the order given; sheet names must differ. */
    static void write(List<Table> tables, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                sheet(workbook, styles, table);
            }
            workbook.write(out);
        }
    }

    private static void sheet(SXSSFWorkbook workbook, Styles styles, Table table) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(table.name()));
        int columns = table.header().size();
        int lastRow = table.rows().size();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns; c++) {
            text(header.createCell(c), table.header().get(c), styles.header, styles.header);
        }
        int r = 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns; c++) {
                value(row, c, values.get(c), styles);
            }
        }
        CellRangeAddress used = new CellRangeAddress(0, lastRow, 0, columns - 1);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(used);
        // no green "number stored as text" triangles on NIPs; the streaming sheet has no such setting
        workbook.getXSSFWorkbook().getSheetAt(workbook.getSheetIndex(sheet))
                .addIgnoredErrors(used, IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        // printed: landscape, one page wide, the header on every page
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** A valid sheet name: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String name) {
        return WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Sheet1" : name.strip(), '_');
    }

    private static void value(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            text(cell, text, styles.text, styles.literal);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(styles.dateTime);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        }
    }

    private static void text(Cell cell, String text, CellStyle style, CellStyle literal) {
        String value = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        cell.setCellValue(value);
        cell.setCellStyle(Table.looksLikeFormula(value) ? literal : style);
    }

    private static int width(Table table, int column) {
        int widest = table.header().get(column).length() + 3; // room for the filter button
        for (List<Object> row : table.rows()) {
            widest = Math.max(widest, shownLength(row.get(column)));
        }
        return Math.min(widest + 1, MAX_WIDTH);
    }

    private static int shownLength(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDateTime) {
            return "yyyy-mm-dd hh:mm".length();
        }
        if (value instanceof LocalDate) {
            return "yyyy-mm-dd".length();
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString().length();
        }
        return ((String) value).lines().mapToInt(String::length).max().orElse(0);
    }

    private static final class Styles {

        final CellStyle header;
        final CellStyle text;
        final CellStyle literal;
        final CellStyle date;
        final CellStyle dateTime;

        Styles(Workbook workbook) {
            short textFormat = (short) BuiltinFormats.getBuiltinFormat("@");
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setDataFormat(textFormat);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            literal = workbook.createCellStyle();
            literal.setDataFormat(textFormat);
            literal.setQuotePrefixed(true);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        }
    }
}
