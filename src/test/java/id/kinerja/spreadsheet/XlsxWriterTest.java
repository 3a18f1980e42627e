package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

public class XlsxWriterTest {

    private static final String NIP = "199004042015042002";

    /** The workbook of XLSX bytes, for tests of what other modules export. */
    public static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static XSSFWorkbook written(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportFormat.XLSX.write(table, out);
        return read(out.toByteArray());
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void one_sheet_named_after_the_table_with_a_bold_frozen_header_that_has_filter_buttons() throws IOException {
        Table table = new Table("2026-11", List.of("nip", "name"), List.of(row(NIP, "Maya"), row(NIP, "Erwin")));

        try (XSSFWorkbook workbook = written(table)) {
            assertThat(workbook.getNumberOfSheets()).isOne();
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2026-11");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("nip");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("name");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isFalse();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isZero();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B3");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void nips_are_text_dates_are_dates_numbers_are_numbers_and_nulls_are_empty() throws IOException {
        LocalDateTime evaluated = LocalDateTime.of(2026, 12, 1, 10, 15);
        Table table = new Table("2026-11", List.of("nip", "score", "due", "evaluated_at", "note"),
                List.of(row(NIP, new BigDecimal("87.5"), LocalDate.of(2026, 12, 7), evaluated, null)));

        try (XSSFWorkbook workbook = written(table)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            Cell nip = row.getCell(0);
            assertThat(nip.getCellType()).isEqualTo(CellType.STRING);
            assertThat(nip.getStringCellValue()).isEqualTo(NIP);
            assertThat(nip.getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(87.5);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isFalse();
            assertThat(DateUtil.isCellDateFormatted(row.getCell(2))).isTrue();
            assertThat(row.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 7));
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(evaluated);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(row.getCell(4)).isNull();
        }
    }

    @Test
    void values_that_look_like_formulas_are_string_cells_marked_to_stay_text() throws IOException {
        List<String> risky = List.of("=HYPERLINK(\"http://x\",\"klik\")", "+62 812", "-1", "@SUM(A1)", "=1+1");
        Table table = new Table("2026-11", List.of("value", "plain"),
                risky.stream().map(value -> row(value, "Maya")).toList());

        try (XSSFWorkbook workbook = written(table)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= risky.size(); r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(risky.get(r - 1));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(sheet.getRow(r).getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            }
            sheet.forEach(row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }

    @Test
    void sheet_names_are_at_most31_characters_without_the_ones_excel_forbids() {
        assertThat(XlsxWriter.sheetName("2026-11")).isEqualTo("2026-11");
        assertThat(XlsxWriter.sheetName("TW[1]:2026/27*?\\")).isEqualTo("TW_1__2026_27___");
        assertThat(XlsxWriter.sheetName("Penilaian kinerja triwulan pertama 2026")).hasSize(31);
        assertThat(XlsxWriter.sheetName(" ")).isEqualTo("Sheet1");
    }

    @Test
    void columns_are_as_wide_as_their_content_up_to_a_limit() throws IOException {
        Table table = new Table("2026-11", List.of("nip", "unit", "note"),
                List.of(row(NIP, "Seksi Pelayanan Umum", "x".repeat(500))));

        try (XSSFWorkbook workbook = written(table)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getColumnWidth(0)).isBetween(NIP.length() * 256, (NIP.length() + 3) * 256);
            assertThat(sheet.getColumnWidth(1)).isBetween(20 * 256, 24 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(XlsxWriter.MAX_WIDTH * 256);
        }
    }
}
