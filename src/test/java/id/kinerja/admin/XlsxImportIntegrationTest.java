package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.spreadsheet.Workbooks;
import id.kinerja.text.Language;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line imports Excel workbooks as it imports CSV: the same checks, problems named by sheet row. */
class XlsxImportIntegrationTest extends CliIntegrationTest {

    private static final List<String> ROSTER_HEADER = List.of("nip", "name", "position", "unit", "supervisor_nip",
            "role", "parent_unit");

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private Path workbook(String name, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, Workbooks.xlsx(rows));
        return file;
    }

    /** The roster of {@link CliIntegrationTest#ROSTER} as a person keeps it in Excel. */
    private Path rosterWorkbook() throws Exception {
        return workbook("pegawai.xlsx", Arrays.asList(
                row(ROSTER_HEADER.toArray()),
                row(CAMAT, "Rahmat Siregar, S.STP", "Camat", "Kantor Camat"),
                row(SEKCAM, "Nurhayati Lubis", "Sekretaris Camat", "Kantor Camat", CAMAT),
                row(KASI, "Erwin Saragih", "Kepala Seksi Pelayanan Umum", "Seksi Pelayanan Umum", SEKCAM, "HR",
                        "Kantor Camat"),
                row(STAFF, "Maya Simanjuntak", "Pranata Komputer", "Seksi Pelayanan Umum", KASI, null,
                        "Kantor Camat")));
    }

    @Test
    void an_xlsx_roster_is_imported_exactly_as_its_csv() throws Exception {
        Run run = cli("import-roster", rosterWorkbook().toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Daftar pegawai: 4 ditambahkan, 0 diubah, 0 tetap");
        assertThat(jdbc.sql("""
                select e.name, u.name as unit, s.nip as supervisor, e.is_admin from employee e
                  join unit u on u.id = e.unit_id left join employee s on s.id = e.supervisor_id where e.nip = ?
                """).param(KASI).query().singleRow())
                .containsEntry("name", "Erwin Saragih").containsEntry("unit", "Seksi Pelayanan Umum")
                .containsEntry("supervisor", SEKCAM).containsEntry("is_admin", true);
        assertThat(count("select count(*) from audit_log where action = 'ROSTER_IMPORTED' and subject = ?",
                "file:pegawai.xlsx")).isEqualTo(1);
        assertThat(importRoster().out()).as("the same roster as CSV changes nothing")
                .contains("Daftar pegawai: 0 ditambahkan, 0 diubah, 4 tetap");
    }

    @Test
    void bad_rows_of_an_xlsx_roster_are_named_by_their_sheet_row_and_nothing_is_imported() throws Exception {
        Path bad = workbook("pegawai.xlsx", Arrays.asList(
                row(ROSTER_HEADER.toArray()),
                null,
                row(CAMAT, "Rahmat Siregar", "Camat", "Kantor Camat"),
                row(12345, "Nip Pendek", "Staf", "Kantor Camat", CAMAT),
                row(),
                row(STAFF, "Maya Simanjuntak", "Pranata Komputer", "Kantor Camat", "199901012020011009")));

        Run indonesian = cli(Language.ID, "import-roster", bad.toString());
        Run english = cli(Language.EN, "import-roster", bad.toString());

        assertThat(indonesian.exit()).isEqualTo(1);
        assertThat(indonesian.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 4: NIP 12345 harus 18 angka.",
                "Baris 6: NIP atasan 199901012020011009 tidak ada di berkas ini dan belum terdaftar. "
                        + "Tambahkan atasan itu ke berkas atau perbaiki NIP-nya.");
        assertThat(english.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 4: NIP 12345 must be 18 digits.",
                "Line 6: supervisor NIP 199901012020011009 is neither in this file nor registered yet. "
                        + "Add the supervisor to the file or correct the NIP.");
        assertThat(rows("employee")).isEmpty();
        assertThat(rows("unit")).isEmpty();
    }

    @Test
    void a_nip_typed_as_a_number_is_refused_with_its_cell_instead_of_being_read_as_another_nip() throws Exception {
        Path numeric = workbook("pegawai.xlsx", List.of(
                row(ROSTER_HEADER.toArray()),
                row(Double.parseDouble(CAMAT), "Rahmat Siregar", "Camat", "Kantor Camat")));

        Run run = cli(Language.ID, "import-roster", numeric.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Baris 2: kolom nip (sel A2) berisi angka 197001012000011000. "
                + "Excel hanya menyimpan 15 angka pertama, jadi angka sesudahnya sudah berubah menjadi 0. Format kolom "
                + "itu sebagai Teks, ketik ulang nilainya, lalu kirim lagi.");
        assertThat(rows("employee")).isEmpty();
    }

    @Test
    void xlsx_indicators_take_numbers_as_typed_and_are_checked_like_csv() throws Exception {
        importRoster();
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
        List<Object> header = row("nip", "period", "indicator", "target", "unit", "realisation", "direction",
                "weight");

        Run good = cli("import-indicators", workbook("indikator.xlsx", List.of(header,
                row(STAFF, "2026-11", "Dokumen pelayanan diproses", 150, "dokumen", 12.5, "HIGHER_IS_BETTER", 2),
                row(STAFF, "2026-11", "Waktu penyelesaian pengaduan", 3, "hari", null, "lower"))).toString());
        Run bad = cli(Language.EN, "import-indicators", workbook("salah.xlsx", List.of(header,
                row(STAFF, "2026-11", "Surat", 1234.567, "surat", -2, "sideways"))).toString());

        assertThat(good.exit()).as(good.err()).isZero();
        assertThat(good.out()).contains("Indikator: 2 ditambahkan, 0 diubah, 0 tetap");
        Map<String, Object> documents = jdbc.sql("select target, realisation, weight from indicator where name like 'Dokumen%'")
                .query().singleRow();
        assertThat((BigDecimal) documents.get("target")).isEqualByComparingTo("150");
        assertThat((BigDecimal) documents.get("realisation")).isEqualByComparingTo("12.5");
        assertThat((BigDecimal) documents.get("weight")).isEqualByComparingTo("2");
        assertThat(bad.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: 1234.567 in column target is too large or has more than 2 decimals. "
                        + "Write it without thousands separators (1234, not 1.234).",
                "Line 2: -2 in column realisation must not be negative.",
                "Line 2: \"sideways\" is not a direction. Use HIGHER_IS_BETTER or LOWER_IS_BETTER.");
        assertThat(count("select count(*) from indicator")).isEqualTo(2);
    }

    @Test
    void a_file_named_xlsx_that_is_no_workbook_is_refused_with_what_to_do() throws Exception {
        Path text = file("pegawai.xlsx", ROSTER);

        Run run = cli(Language.ID, "import-roster", text.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Berkas " + text + " bukan buku kerja Excel yang dapat dibaca, "
                + "atau rusak. Buka di Excel lalu Simpan Sebagai → \"Buku Kerja Excel (.xlsx)\" atau \"CSV UTF-8\".");
        assertThat(rows("employee")).isEmpty();
    }
}
