package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.spreadsheet.XlsxWriterTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The recap workbook of an organisation rated Baik: a summary first with the predicates per unit and for all units
 * and a warning for each rule of the published pattern the distribution breaks, the whole recap, then a sheet per
 * unit in tree order with a name Excel accepts.
 */
@TestPropertySource(properties = "kinerja.recap.organisation-predicate=BAIK")
class RecapWorkbookIntegrationTest extends CliIntegrationTest {

    private static final String LURAH = "199101012015011001";
    private static final String KASI_KELURAHAN = "199202022016022002";
    private static final String KANTOR_LURAH = "Kelurahan Terjun: Lingkungan I/II [Kantor Lurah]";
    private static final String SEKSI_KELURAHAN = "Kelurahan Terjun: Lingkungan I/II [Seksi Pemerintahan]";

    @Test
    void the_summary_counts_predicates_per_unit_and_warns_when_they_do_not_follow_the_organisations() throws Exception {
        importRoster();
        assertThat(cli("import-roster", file("kelurahan.csv", """
                nip,name,position,unit,supervisor_nip
                %s,Lurah Terjun,Lurah,"%s",%s
                %s,Kasi Pemerintahan,Kepala Seksi,"%s",%s
                """.formatted(LURAH, KANTOR_LURAH, CAMAT, KASI_KELURAHAN, SEKSI_KELURAHAN, LURAH)).toString()).exit())
                .isZero();
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
        Run evaluations = cli("import-evaluations", file("ev.csv", """
                nip,period,work_result,behaviour
                %s,2026-11,MEETS,MEETS
                %s,2026-11,MEETS,MEETS
                %s,2026-11,ABOVE,ABOVE
                %s,2026-11,MEETS,ABOVE
                %s,2026-11,MEETS,MEETS
                """.formatted(SEKCAM, KASI, STAFF, LURAH, KASI_KELURAHAN)).toString());
        assertThat(evaluations.exit()).as(evaluations.err()).isZero();
        Path out = dir.resolve("rekap.xlsx");

        Run run = cli("export-recap", "2026-11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook workbook = XlsxWriterTest.read(Files.readAllBytes(out))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).as("summary, recap, units in tree order (a sub-unit under its parent)").startsWith(
                    "Ringkasan", "2026-11", "Kantor Camat", "Seksi Pelayanan Umum", "Kelurahan Terjun_ Lingkungan I_",
                    "Kelurahan Terjun_ Lingkunga (2)");

            Sheet seksi = workbook.getSheet("Seksi Pelayanan Umum");
            assertThat(texts(seksi.getRow(0))).startsWith("NIP", "Nama", "Unit");
            assertThat(column(seksi, 0)).containsExactlyInAnyOrder(KASI, STAFF);
            assertThat(column(workbook.getSheet("Kelurahan Terjun_ Lingkunga (2)"), 1))
                    .containsExactly("Kasi Pemerintahan");
            assertThat(column(workbook.getSheet("2026-11"), 0)).hasSize(6);

            Sheet summary = workbook.getSheet("Ringkasan");
            assertThat(texts(summary.getRow(0))).containsExactly("Unit", "Pegawai", "Sudah dinilai", "Sangat Baik",
                    "Sangat Baik (%)", "Baik", "Baik (%)", "Butuh Perbaikan", "Butuh Perbaikan (%)", "Kurang/Misconduct",
                    "Kurang/Misconduct (%)", "Sangat Kurang", "Sangat Kurang (%)");
            assertThat(texts(summary.getRow(1))).containsExactly("Kantor Camat", "2", "1", "0", "0", "1", "100", "0",
                    "0", "0", "0", "0", "0");
            assertThat(texts(summary.getRow(2))).containsExactly("Seksi Pelayanan Umum", "2", "2", "1", "50", "1",
                    "50", "0", "0", "0", "0", "0", "0");
            assertThat(texts(summary.getRow(3)).get(0)).isEqualTo(KANTOR_LURAH);
            assertThat(texts(summary.getRow(5))).containsExactly("Jumlah seluruh unit", "6", "5", "1", "20", "4", "80",
                    "0", "0", "0", "0", "0", "0");
            assertThat(summary.getRow(6).getPhysicalNumberOfCells()).as("a blank row before the findings").isZero();
            assertThat(List.of(text(summary, 7), text(summary, 8), text(summary, 9), text(summary, 10))).containsExactly(
                    "Predikat kinerja organisasi: Baik (kinerja.recap.organisation-predicate).",
                    "⚠️ Peringatan: Baik 80% (4 pegawai), padahal pada organisasi berpredikat Baik paling banyak 70%.",
                    "⚠️ Peringatan: pada organisasi berpredikat Baik harus ada pegawai dengan predikat Butuh Perbaikan "
                            + "atau Kurang/Misconduct, tetapi tidak ada.",
                    "Pola distribusi predikat pegawai menurut predikat kinerja organisasi (PermenPAN-RB 6/2022) hanya "
                            + "peringatan, bukan larangan: predikat tetap keputusan pejabat penilai.");
            assertThat(summary.getLastRowNum()).isEqualTo(10);
        }
        assertThat(count("select count(*) from evaluation")).as("a warning, never a block").isEqualTo(5);
    }

    private static String text(Sheet sheet, int row) {
        return sheet.getRow(row).getCell(0).getStringCellValue();
    }

    /** The cells of a row as shown: text, or a number without needless decimals. */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC
                    ? new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros()
                            .toPlainString()
                    : cell.getStringCellValue());
        }
        return texts;
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0) {
                values.add(row.getCell(column).getStringCellValue());
            }
        }
        return values;
    }
}
