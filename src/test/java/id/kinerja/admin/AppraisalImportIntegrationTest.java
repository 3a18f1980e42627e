package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AppraisalImportIntegrationTest extends CliIntegrationTest {

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
    void imports_indicators_with_indonesian_decimals_and_defaults() throws Exception {
        String csv = """
                nip;period;indicator;target;unit;realisation;direction;weight
                %s;2026-11;Dokumen pelayanan diproses;150;dokumen;"12,5";HIGHER_IS_BETTER;2
                %s;2026-11;Waktu penyelesaian pengaduan;3;hari;;lower;
                """.formatted(STAFF, STAFF);

        Run run = cli("import-indicators", file("ind.csv", csv).toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Indikator: 2 ditambahkan, 0 diubah, 0 tetap");
        Map<String, Object> lower = jdbc.sql("select realisation, direction, weight from indicator where name like 'Waktu%'")
                .query().singleRow();
        assertThat(lower.get("realisation")).isNull();
        assertThat(lower.get("direction")).isEqualTo("LOWER_IS_BETTER");
        assertThat((BigDecimal) lower.get("weight")).isEqualByComparingTo("1");
        assertThat(jdbc.sql("select realisation from indicator where name like 'Dokumen%'").query(BigDecimal.class)
                .single()).isEqualByComparingTo("12.5");

        Run again = cli("import-indicators", file("ind.csv", csv.replace("\"12,5\"", "13")).toString());
        assertThat(again.out()).contains("Indikator: 0 ditambahkan, 1 diubah, 1 tetap");
    }

    @Test
    void bad_indicator_rows_are_all_reported_and_nothing_is_written() throws Exception {
        String csv = """
                nip,period,indicator,target,unit,realisation,direction,weight
                %s,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                199901012020011001,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2030-01,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-10,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-11,Surat,1.234,surat,,sideways,0
                """.formatted(STAFF, STAFF, STAFF, STAFF, KASI);

        Run run = cli(Language.ID, "import-indicators", file("ind.csv", csv).toString());
        Run english = cli(Language.EN, "import-indicators", file("ind.csv", csv).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 3: NIP 199901012020011001 tidak terdaftar. Periksa NIP-nya, "
                        + "atau impor dulu daftar pegawai yang memuatnya.",
                "Baris 4: periode \"2030-01\" tidak ada. Periksa kodenya, atau buka dulu periode itu.",
                "Baris 5: periode \"2026-10\" sudah ditutup, jadi indikatornya tidak dapat diubah lagi.",
                "Baris 6: indikator \"Dokumen\" untuk NIP %s periode 2026-11 sudah ada di baris 2. Hapus salah satunya."
                        .formatted(STAFF),
                "Baris 7: nilai 1.234 di kolom target terlalu besar atau punya lebih dari 2 angka di belakang koma. "
                        + "Tulis tanpa pemisah ribuan (1234, bukan 1.234).",
                "Baris 7: nilai 0 di kolom weight harus lebih dari 0.",
                "Baris 7: \"sideways\" di kolom direction tidak dikenal. Isi HIGHER_IS_BETTER (makin besar makin baik) "
                        + "atau LOWER_IS_BETTER (makin kecil makin baik).");
        assertThat(english.exit()).isEqualTo(1);
        assertThat(english.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 3: NIP 199901012020011001 is not registered. Check the NIP, or first import a roster that has it.",
                "Line 4: there is no period \"2030-01\". Check the code, or open that period first.",
                "Line 5: period \"2026-10\" is closed, so its indicators can no longer change.",
                "Line 6: indicator \"Dokumen\" for NIP %s in period 2026-11 is already on line 2. Delete one of the two."
                        .formatted(STAFF),
                "Line 7: 1.234 in column target is too large or has more than 2 decimals. "
                        + "Write it without thousands separators (1234, not 1.234).",
                "Line 7: 0 in column weight must be more than 0.",
                "Line 7: \"sideways\" is not a direction. Use HIGHER_IS_BETTER or LOWER_IS_BETTER.");
        assertThat(count("select count(*) from indicator")).isZero();
    }

    @Test
    void bad_nips_empty_periods_and_bad_numbers_are_explained() throws Exception {
        jdbc.sql("update employee set active = false where nip = ?").param(SEKCAM).update();
        String csv = """
                nip,period,indicator,target,unit,realisation,direction,weight
                12345,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,2026-11,Dokumen,150,dokumen,,HIGHER_IS_BETTER,
                %s,,Dokumen,banyak,dokumen,-2,HIGHER_IS_BETTER,
                """.formatted(SEKCAM, STAFF);

        Run run = cli(Language.ID, "import-indicators", file("ind.csv", csv).toString());
        Run english = cli(Language.EN, "import-indicators", file("ind.csv", csv).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: NIP 12345 harus 18 angka.",
                "Baris 3: pegawai dengan NIP %s tidak aktif. Hapus baris ini.".formatted(SEKCAM),
                "Baris 4: kolom period kosong. Isi nilainya.",
                "Baris 4: \"banyak\" di kolom target bukan angka. Tulis misalnya 12,5 atau 12.5.",
                "Baris 4: nilai -2 di kolom realisation tidak boleh negatif.");
        assertThat(english.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: NIP 12345 must be 18 digits.",
                "Line 3: the employee with NIP %s is not active. Delete this line.".formatted(SEKCAM),
                "Line 4: column period is empty. Fill it in.",
                "Line 4: \"banyak\" in column target is not a number. Write e.g. 12.5 or 12,5.",
                "Line 4: -2 in column realisation must not be negative.");
        assertThat(count("select count(*) from indicator")).isZero();
    }

    @Test
    void a_closed_period_is_frozen_for_imported_evaluations_without_the_flag() throws Exception {
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,Di Atas Ekspektasi,sesuai ekspektasi,"Pengaduan ditangani cepat, terima kasih."
                """.formatted(STAFF);
        List<Map<String, Object>> auditBefore = rows("audit_log");

        Run run = cli(Language.ID, "import-evaluations", file("ev.csv", csv).toString());
        Run asHrOnly = cli(Language.ID, "import-evaluations", file("ev.csv", csv).toString(), "--as", KASI);
        Run flagOnly = cli(Language.ID, "import-evaluations", file("ev.csv", csv).toString(), "--into-closed-period");

        String closed = "Baris 2: periode \"2026-10\" sudah ditutup, jadi penilaiannya tidak dapat diubah lagi. "
                + "Riwayat untuk periode yang sudah ditutup hanya dapat diimpor di server dengan import-evaluations "
                + "--into-closed-period --as NIP.";
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:", closed);
        assertThat(asHrOnly.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:", closed);
        assertThat(flagOnly.exit()).isEqualTo(1);
        assertThat(flagOnly.errLines()).containsExactly("--into-closed-period memerlukan --as NIP: petugas kepegawaian "
                + "yang mengimpor, yang dicatat sebagai penilai riwayat itu.");
        assertThat(count("select count(*) from evaluation")).isZero();
        assertThat(rows("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void history_is_migrated_into_a_closed_period_only_with_the_flag_crediting_the_importing_hr_person() throws Exception {
        cli("grant-admin", CAMAT);
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,Di Atas Ekspektasi,sesuai ekspektasi,"Pengaduan ditangani cepat, terima kasih."
                %s,2026-10,BELOW,BELOW,Perlu rencana perbaikan.
                %s,2026-11,MEETS,MEETS,
                """.formatted(STAFF, KASI, SEKCAM);

        Run run = cli("import-evaluations", file("ev.csv", csv).toString(), "--into-closed-period", "--as", CAMAT);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Penilaian: 3 ditambahkan, 0 diubah, 0 tetap");
        List<Map<String, Object>> rows = jdbc.sql("""
                select e.nip, v.work_result, v.behaviour, v.predicate, v.feedback, s.nip as evaluator
                  from evaluation v join employee e on e.id = v.employee_id left join employee s on s.id = v.evaluator_id
                 order by e.nip desc
                """).query().listOfRows();
        assertThat(rows.get(0)).containsEntry("nip", STAFF).containsEntry("work_result", "ABOVE")
                .containsEntry("behaviour", "MEETS").containsEntry("predicate", "BAIK").containsEntry("evaluator", CAMAT)
                .containsEntry("feedback", "Pengaduan ditangani cepat, terima kasih.");
        assertThat(rows.get(1)).containsEntry("nip", KASI).containsEntry("predicate", "SANGAT_KURANG")
                .containsEntry("evaluator", CAMAT);
        assertThat(rows).extracting(row -> row.get("evaluator")).as("never the current supervisor")
                .doesNotContain(KASI, SEKCAM);
        assertThat(jdbc.sql("select actor || ' ' || details from audit_log where action = 'EVALUATION_IMPORTED' "
                + "order by id").query(String.class).list()).satisfiesExactly(
                staff -> assertThat(staff).startsWith("employee:" + CAMAT + " period=2026-10 (closed)")
                        .contains("evaluator=employee:" + CAMAT),
                kasi -> assertThat(kasi).contains("period=2026-10 (closed)"),
                sekcam -> assertThat(sekcam).contains("period=2026-11 ").doesNotContain("(closed)"));
        assertThat(jdbc.sql("select actor || ' ' || details from audit_log "
                + "where action = 'EVALUATIONS_IMPORTED_INTO_CLOSED_PERIOD'").query(String.class).single())
                .isEqualTo("employee:" + CAMAT + " periods=2026-10 evaluator=employee:" + CAMAT
                        + " 3 added, 0 updated, 0 unchanged");

        Run again = cli("import-evaluations", file("ev.csv", csv).toString(), "--into-closed-period", "--as", CAMAT);
        assertThat(again.out()).contains("Penilaian: 0 ditambahkan, 0 diubah, 3 tetap");
        assertThat(count("select count(*) from audit_log where action = 'EVALUATION_IMPORTED'")).isEqualTo(3);
        assertThat(count("select count(*) from audit_log where action = 'EVALUATIONS_IMPORTED_INTO_CLOSED_PERIOD'"))
                .isEqualTo(1);
    }

    @Test
    void the_importing_hr_person_must_be_an_admin_and_cannot_import_their_own_evaluation() throws Exception {
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,MEETS,MEETS,
                """.formatted(KASI);
        Path ev = file("ev.csv", csv);
        List<Map<String, Object>> auditBefore = rows("audit_log");

        assertThat(cli(Language.ID, "import-evaluations", ev.toString(), "--into-closed-period", "--as", STAFF)
                .errLines()).containsExactly("Maya Simanjuntak (NIP %s) bukan admin kepegawaian. --as harus NIP "
                .formatted(STAFF) + "petugas kepegawaian (lihat grant-admin).");
        assertThat(cli(Language.ID, "import-evaluations", ev.toString(), "--into-closed-period", "--as",
                "199901012020011001").errLines()).containsExactly("Tidak ada pegawai aktif dengan NIP "
                + "199901012020011001 (--as). Isi NIP petugas kepegawaian yang mengimpor.");
        assertThat(cli(Language.EN, "import-evaluations", ev.toString(), "--into-closed-period", "--as", KASI)
                .errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: NIP %s is the person importing (--as). Your own evaluation must be imported by another HR officer."
                        .formatted(KASI));
        assertThat(count("select count(*) from evaluation")).isZero();
        assertThat(rows("audit_log")).isEqualTo(auditBefore);
    }

    @Test
    void unknown_ratings_and_duplicates_are_reported() throws Exception {
        String csv = """
                nip,period,work_result,behaviour,feedback
                %s,2026-10,BAGUS,MEETS,
                %s,2026-11,MEETS,MEETS,
                %s,2026-11,ABOVE,,
                """.formatted(STAFF, STAFF, STAFF);

        Run run = cli(Language.EN, "import-evaluations", file("ev.csv", csv).toString());
        Run indonesian = cli(Language.ID, "import-evaluations", file("ev.csv", csv).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: period \"2026-10\" is closed, so its evaluations can no longer change. History for a closed "
                        + "period can only be imported on the server with import-evaluations --into-closed-period --as NIP.",
                "Line 2: \"BAGUS\" in column work_result is not a rating. Use BELOW, MEETS or ABOVE, "
                        + "or Di Bawah Ekspektasi, Sesuai Ekspektasi or Di Atas Ekspektasi.",
                "Line 4: column behaviour is empty. Fill it in.");
        assertThat(indonesian.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: periode \"2026-10\" sudah ditutup, jadi penilaiannya tidak dapat diubah lagi. Riwayat untuk "
                        + "periode yang sudah ditutup hanya dapat diimpor di server dengan import-evaluations "
                        + "--into-closed-period --as NIP.",
                "Baris 2: \"BAGUS\" di kolom work_result tidak dikenal. Isi Di Bawah Ekspektasi, Sesuai Ekspektasi "
                        + "atau Di Atas Ekspektasi (boleh juga BELOW, MEETS, ABOVE).",
                "Baris 4: kolom behaviour kosong. Isi nilainya.");
        assertThat(count("select count(*) from evaluation")).isZero();

        Path twice = file("ev2.csv", """
                nip,period,work_result,behaviour
                %s,2026-11,MEETS,MEETS
                %s,2026-11,ABOVE,MEETS
                """.formatted(STAFF, STAFF));
        assertThat(cli(Language.EN, "import-evaluations", twice.toString()).errLines()).containsExactly(
                "Nothing was imported. Problems found:",
                "Line 3: the evaluation of NIP %s in period 2026-11 is already on line 2. Delete one of the two."
                        .formatted(STAFF));
        assertThat(cli(Language.ID, "import-evaluations", twice.toString()).errLines()).containsExactly(
                "Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 3: penilaian NIP %s periode 2026-11 sudah ada di baris 2. Hapus salah satunya.".formatted(STAFF));
    }
}
