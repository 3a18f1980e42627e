package id.kinerja.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX workbook as {@link CsvReader} reads a CSV file, streaming through Apache POI's
 * event API (the sheet is never held whole). A problem's line is the sheet row (row 1 = the first row); the first
 * row that is not empty is the header; empty rows are skipped. Cells are text as Excel shows them (POI's
 * {@link DataFormatter}), except that a number is written out plainly (no thousands separator, no {@code 1.99E+17})
 * and a date as ISO ({@code 2026-11-30}); a formula gives the value Excel last computed. Excel keeps only 15
 * digits of a number, so a longer number (an 18-digit NIP typed into a number cell) has lost its last digits: it
 * is reported, never read as a wrong value. Bounded: at most {@link #MAX_ROWS} rows and {@link #MAX_UNPACKED_BYTES}
 * once unpacked.
 */
final class XlsxReader {

    /** Rows of a sheet: far more than a city's roster or indicators, far less than the heap. */
    static final int MAX_ROWS = 300_000;
    /** The workbook's parts together once unpacked: an XLSX is a ZIP, and a small one can unpack to gigabytes. */
    static final long MAX_UNPACKED_BYTES = 256L * 1024 * 1024;
    /** Excel's precision: 15 significant digits; a number this large or larger is no longer exact. */
    private static final double EXACT_BELOW = 1e15;

    private XlsxReader() {}

    static CsvTable read(byte[] bytes, String file, CsvProblems problems) {
        Unpacked unpacked = unpacked(bytes);
        if (unpacked == Unpacked.TOO_LARGE) {
            problems.add(0, "sheets_import.workbook_too_large", "file", file,
                    "max", MAX_UNPACKED_BYTES / (1024 * 1024) + " MB");
            return CsvTable.EMPTY;
        }
        if (unpacked == Unpacked.NOT_A_ZIP) {
            problems.add(0, "sheets_import.not_a_workbook", "file", file);
            return CsvTable.EMPTY;
        }
        Sheet sheet = new Sheet();
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (sheets.hasNext()) {
                StylesTable styles = reader.getStylesTable() == null ? new StylesTable() : reader.getStylesTable();
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, sheet, sheet.formatter,
                        false));
                try (InputStream first = sheets.next()) {
                    parser.parse(new InputSource(first));
                }
            }
        } catch (Exception e) {
            if (tooManyRows(e)) {
                problems.add(0, "sheets_import.too_many_rows", "file", file, "max", MAX_ROWS);
            } else {
            // not a workbook inside (another ZIP, a damaged file): POI's exceptions are many and all mean that
                problems.add(0, "sheets_import.not_a_workbook", "file", file);
            }
            return CsvTable.EMPTY;
        } finally {
            if (workbook != null) {
                workbook.revert(); // opened from bytes: nothing to save
            }
        }
        return sheet.table(problems);
    }

    /** Whether the parse stopped at the row limit (the XML parser may have wrapped the signal). */
    private static boolean tooManyRows(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooManyRows) {
                return true;
            }
        }
        return false;
    }

    private enum Unpacked { FINE, TOO_LARGE, NOT_A_ZIP }

    /** Unpacks every part once, counting, before POI is given the workbook; stops at the limit. */
    private static Unpacked unpacked(byte[] bytes) {
        long total = 0;
        boolean anyPart = false;
        byte[] buffer = new byte[64 * 1024];
        // Commons Compress (POI's own ZIP reader): java.util.zip refuses stored parts with a data descriptor
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true,
                true)) {
            for (ZipArchiveEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                anyPart = true;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        return Unpacked.TOO_LARGE;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Unpacked.NOT_A_ZIP;
        }
        return anyPart ? Unpacked.FINE : Unpacked.NOT_A_ZIP;
    }

    /** A cell whose number Excel has rounded: where it is and what is left of it. */
    private record Rounded(int column, String cell, String value) {}

    /** The rows of the first sheet as they stream by. */
    private static final class Sheet implements XSSFSheetXMLHandler.SheetContentsHandler {

        final Formatter formatter = new Formatter();
        private final List<CsvReader.Record> records = new ArrayList<>();
        private final List<List<Rounded>> roundedByRecord = new ArrayList<>();
        private List<String> values;
        private List<Rounded> rounded;

        @Override
        public void startRow(int rowNum) {
            values = new ArrayList<>();
            rounded = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = reference == null ? values.size() : new CellReference(reference).getCol();
            while (values.size() <= column) {
                values.add("");
            }
            String value = formatted == null ? "" : formatted;
            values.set(column, value);
            if (formatter.roundedSinceAsked()) {
                rounded.add(new Rounded(column, reference == null ? "" : reference, value));
            }
        }

        @Override
        public void endRow(int rowNum) {
            while (!values.isEmpty() && values.get(values.size() - 1).isBlank()) {
                values.remove(values.size() - 1);
            }
            if (values.isEmpty()) {
                return;
            }
            if (records.size() > MAX_ROWS) { // the header and MAX_ROWS rows are fine
                throw new TooManyRows();
            }
            records.add(new CsvReader.Record(rowNum + 1, List.copyOf(values)));
            roundedByRecord.add(List.copyOf(rounded));
        }

        CsvTable table(CsvProblems problems) {
            List<String> header = records.isEmpty() ? List.of()
                    : records.get(0).values().stream().map(CsvTable::columnName).toList();
            for (int r = 0; r < records.size(); r++) {
                for (Rounded cell : roundedByRecord.get(r)) {
                    String column = r > 0 && cell.column() < header.size() && !header.get(cell.column()).isEmpty()
                            ? header.get(cell.column()) : cell.cell();
                    problems.add(records.get(r).line(), "sheets_import.number_rounded", "column", column,
                            "cell", cell.cell(), "value", cell.value());
                }
            }
            return CsvReader.table(records, "sheets_import.too_many_values", problems);
        }
    }

    /**
     * POI's formatter as the sheet handler calls it for number cells: a date as ISO, any other number plainly;
     * notes when a number is past Excel's precision, for the cell being read.
     */
    private static final class Formatter extends DataFormatter {

        private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
        private boolean rounded;

        Formatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                    && DateUtil.isValidExcelDate(value)) {
                return date(DateUtil.getLocalDateTime(value, use1904, true), value, formatString);
            }
            if (Math.abs(value) >= EXACT_BELOW) {
                rounded = true;
            }
            return plain(value);
        }

        /** Whether the last cell formatted was a number past Excel's precision; asking forgets it. */
        boolean roundedSinceAsked() {
            boolean was = rounded;
            rounded = false;
            return was;
        }

        static String plain(double value) {
            if (value == Math.rint(value) && Math.abs(value) < EXACT_BELOW) {
                return Long.toString((long) value);
            }
            return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
        }

        private static String date(LocalDateTime moment, double value, String format) {
            if (value < 1) {
                return TIME.format(moment); // a time of day without a date
            }
            if (isMonth(format)) {
                return MONTH.format(moment); // "2026-11" typed as a period code: Excel made it 1 Nov 2026, "Nov-26"
            }
            if (moment.toLocalTime().toSecondOfDay() == 0) {
                return moment.toLocalDate().toString();
            }
            return (moment.getSecond() == 0 ? MINUTES : SECONDS).format(moment);
        }
    }

    /** Whether a date format shows a month without its day ({@code mmm-yy}, {@code yyyy-mm}): brackets and quoted text aside. */
    static boolean isMonth(String format) {
        String shown = format.replaceAll("\\[[^\\]]*\\]|\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        return shown.contains("y") && shown.contains("m") && !shown.contains("d") && !shown.contains("h");
    }

    /** Thrown out of the streaming parse once the sheet has more rows than {@link #MAX_ROWS}. */
    private static final class TooManyRows extends RuntimeException {
        TooManyRows() {
            super(null, null, false, false);
        }
    }
}
