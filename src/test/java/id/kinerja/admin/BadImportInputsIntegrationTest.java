package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile or broken values in every kind of import: each is refused with its line and a specific
 * problem, never a failed transaction, and every table is exactly as it was.
 */
class BadImportInputsIntegrationTest extends CliIntegrationTest {

    private static final String ROSTER_HEADER = "nip,name,position,unit,supervisor_nip,status,parent_unit\n";
    private static final String INDICATOR_HEADER = "nip,period,indicator,target,unit,realisation,direction,weight\n";
    private static final String EVALUATION_HEADER = "nip,period,work_result,behaviour,feedback\n";

    private final List<String> tried = new ArrayList<>();

    @BeforeEach
    void rosterAndPeriods() throws Exception {
        importRoster();
        cli("open-period", "--code", "2026-10", "--kind", "MONTHLY", "--start", "2026-10-01", "--end", "2026-10-31",
                "--due", "2026-11-06");
        cli("close-period", "2026-10");
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
    }

    @Test
    void bad_roster_values_are_refused_by_line_and_change_nothing() throws Exception {
        String staff = STAFF + ",Maya Simanjuntak,Pranata Komputer,Seksi Pelayanan Umum," + KASI + ",,Kantor Camat\n";
        refused("import-roster", ROSTER_HEADER + staff.replace("Maya Simanjuntak", "M".repeat(400_000)),
                "Baris 2: nilai di kolom name terlalu panjang (400000 karakter; paling banyak 200). Persingkat nilainya.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Maya Simanjuntak", "Maya\u0000Simanjuntak"),
                "Baris 2: kolom name memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Pranata Komputer", "Pranata\u0001Komputer"),
                "Baris 2: kolom position memuat karakter tersembunyi yang tidak dapat disimpan (U+0001). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Pranata Komputer", "P".repeat(201)),
                "Baris 2: nilai di kolom position terlalu panjang (201 karakter; paling banyak 200). Persingkat nilainya.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Seksi Pelayanan Umum", "S".repeat(201)),
                "Baris 2: nilai di kolom unit terlalu panjang (201 karakter; paling banyak 200). Persingkat nilainya.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Kantor Camat", "\"Kantor\nCamat\""),
                "Baris 2: kolom parent_unit memuat karakter tersembunyi yang tidak dapat disimpan (U+000A). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Seksi Pelayanan Umum", "Seksi\tPelayanan"),
                "Baris 2: kolom unit memuat karakter tersembunyi yang tidak dapat disimpan (U+0009). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Maya Simanjuntak", "Maya\u2028Simanjuntak"),
                "Baris 2: kolom name memuat karakter tersembunyi yang tidak dapat disimpan (U+2028). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace(STAFF, "1990\u000004042015042002"),
                "Baris 2: kolom nip memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace(",,Kantor Camat", ",PN\u001bS,Kantor Camat"),
                "Baris 2: kolom status memuat karakter tersembunyi yang tidak dapat disimpan (U+001B). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace("Pranata Komputer", "\u007f".repeat(3) + "x"),
                "Baris 2: kolom position memuat karakter tersembunyi yang tidak dapat disimpan (U+007F). Hapus karakter itu.");
        refused("import-roster", ROSTER_HEADER + staff.replace(STAFF, "1".repeat(100_000)),
                "Baris 2: nilai di kolom nip terlalu panjang (100000 karakter; paling banyak 50). Persingkat nilainya.");
        assertThat(tried).hasSize(12);

        Run english = cli(Language.EN, "import-roster",
                file("en.csv", ROSTER_HEADER + staff.replace("Maya Simanjuntak", "Maya\u0000S")).toString());
        assertThat(english.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: column name contains a hidden character that cannot be stored (U+0000). Remove it.");
    }

    @Test
    void bad_indicator_values_are_refused_by_line_and_change_nothing() throws Exception {
        String row = STAFF + ",2026-11,Dokumen pelayanan,150,dokumen,,HIGHER_IS_BETTER,\n";
        refused("import-indicators", INDICATOR_HEADER + row.replace("Dokumen pelayanan", "D".repeat(301)),
                "Baris 2: nilai di kolom indicator terlalu panjang (301 karakter; paling banyak 300). Persingkat nilainya.");
        refused("import-indicators", INDICATOR_HEADER + row.replace("Dokumen pelayanan", "Dokumen\u0000pelayanan"),
                "Baris 2: kolom indicator memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(",dokumen,", "," + "d".repeat(101) + ","),
                "Baris 2: nilai di kolom unit terlalu panjang (101 karakter; paling banyak 100). Persingkat nilainya.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(",dokumen,", ",doku\u0000men,"),
                "Baris 2: kolom unit memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-indicators", INDICATOR_HEADER + row.replace("2026-11", "2026\u0000-11"),
                "Baris 2: kolom period memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-indicators", INDICATOR_HEADER + row.replace("2026-11", "2".repeat(400_000)),
                "Baris 2: nilai di kolom period terlalu panjang (400000 karakter; paling banyak 50). Persingkat nilainya.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(",150,", ",1\u00005,"),
                "Baris 2: kolom target memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(STAFF, "199004042015043002"),
                "Baris 2: NIP 199004042015043002: angka ke-15 (jenis kelamin) harus 1 atau 2.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(STAFF, "199002302015042002"),
                "Baris 2: NIP 199002302015042002: angka ke-1 s.d. 8 harus tanggal lahir yang benar "
                        + "(tahun, bulan, tanggal, misalnya 19860926).");
        refused("import-indicators", INDICATOR_HEADER + row.replace(STAFF, "199004042015042000"),
                "Baris 2: NIP 199004042015042000: nomor urut (angka ke-16 s.d. 18) harus mulai dari 001.");
        refused("import-indicators", INDICATOR_HEADER + row.replace(STAFF, "12345"),
                "Baris 2: NIP 12345 harus 18 angka.");
        refused("import-indicators", INDICATOR_HEADER + row.replace("2026-11", "2026-10"),
                "Baris 2: periode \"2026-10\" sudah ditutup, jadi indikatornya tidak dapat diubah lagi.");
        assertThat(tried).hasSize(12);
    }

    @Test
    void bad_evaluation_values_follow_the_chats_feedback_rule_and_change_nothing() throws Exception {
        String row = STAFF + ",2026-11,MEETS,MEETS,Baik.\n";
        refused("import-evaluations", EVALUATION_HEADER + row.replace("Baik.", "x".repeat(2001)),
                "Baris 2: umpan balik di kolom feedback terlalu panjang (2001 karakter; paling banyak 2000, seperti di chat). "
                        + "Persingkat umpan baliknya.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("Baik.", "Ba\u0000ik."),
                "Baris 2: kolom feedback memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("Baik.", "Ba\u0007ik."),
                "Baris 2: kolom feedback memuat karakter tersembunyi yang tidak dapat disimpan (U+0007). Hapus karakter itu.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("MEETS,MEETS,Baik.", "BELOW,MEETS,"),
                "Baris 2: ada penilaian Di Bawah Ekspektasi, jadi kolom feedback wajib diisi, seperti di chat.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("MEETS,MEETS,Baik.", "MEETS,Di Bawah Ekspektasi,\"  \""),
                "Baris 2: ada penilaian Di Bawah Ekspektasi, jadi kolom feedback wajib diisi, seperti di chat.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("MEETS,MEETS", "MEE\u0000TS,MEETS"),
                "Baris 2: kolom work_result memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("2026-11", "2026-1\u00001"),
                "Baris 2: kolom period memuat karakter tersembunyi yang tidak dapat disimpan (U+0000). Hapus karakter itu.");
        refused("import-evaluations", EVALUATION_HEADER + row.replace("2026-11", "2026-10"),
                "Baris 2: periode \"2026-10\" sudah ditutup, jadi penilaiannya tidak dapat diubah lagi. Riwayat untuk "
                        + "periode yang sudah ditutup hanya dapat diimpor di server dengan import-evaluations "
                        + "--into-closed-period --as NIP.");
        assertThat(tried).hasSize(8);

        Run multiLine = cli("import-evaluations", file("ok.csv",
                EVALUATION_HEADER + row.replace("Baik.", "\"Baris satu\r\nBaris\tdua\"")).toString());
        assertThat(multiLine.exit()).as(multiLine.err()).isZero();
        assertThat(jdbc.sql("select feedback from evaluation").query(String.class).single())
                .isEqualTo("Baris satu\nBaris\tdua");
    }

    @Test
    void a_huge_header_or_field_is_refused_quickly_without_being_echoed() throws Exception {
        long started = System.nanoTime();
        refused("import-roster", "n".repeat(100_000) + ",name\n1,2\n",
                "Baris 1: nama kolom ke-1 di baris judul tidak wajar (100000 karakter, paling banyak 100, "
                        + "tanpa karakter tersembunyi). Periksa baris judulnya.");
        refused("import-roster", "nip,na\u0000me,position,unit,supervisor_nip\n",
                "Baris 1: nama kolom ke-2 di baris judul tidak wajar (5 karakter, paling banyak 100, "
                        + "tanpa karakter tersembunyi). Periksa baris judulnya.");
        // a million quotes inside an unquoted value: read in linear time
        refused("import-roster", ROSTER_HEADER + STAFF + ",M" + "\"".repeat(1_000_000) + ",Staf,Seksi,,,\n",
                "Baris 2: nilai di kolom name terlalu panjang (1000001 karakter; paling banyak 200). Persingkat nilainya.");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(tried).hasSize(3);
    }

    /** Runs the import of {@code content}; it must be refused with exactly {@code problem}, every table unchanged. */
    private void refused(String command, String content, String problem) throws Exception {
        Map<String, List<Map<String, Object>>> before = tables();
        Run run = cli(Language.ID, command, file("bad-" + tried.size() + ".csv", content).toString());
        assertThat(run.exit()).as(problem).isEqualTo(1);
        List<String> lines = run.errLines();
        if (lines.size() == 1) {
            // a file that cannot be read as a table at all: the reader's problem alone
            assertThat(lines).containsExactly(problem);
        } else {
            assertThat(lines).as(problem).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:", problem);
        }
        assertThat(tables()).as("tables after " + problem).isEqualTo(before);
        tried.add(problem);
    }

    private Map<String, List<Map<String, Object>>> tables() {
        return Map.of("employee", rows("employee"), "unit", rows("unit"), "indicator", rows("indicator"),
                "evaluation", rows("evaluation"), "appraisal_period", rows("appraisal_period"),
                "audit_log", rows("audit_log"));
    }
}
