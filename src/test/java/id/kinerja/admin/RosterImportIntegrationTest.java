package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.text.Language;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterImportIntegrationTest extends CliIntegrationTest {

    @Test
    void imports_employees_units_supervisors_and_roles() throws Exception {
        Run run = importRoster();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Daftar pegawai: 4 ditambahkan, 0 diubah, 0 tetap");
        assertThat(jdbc.sql("""
                select e.name, u.name as unit, s.nip as supervisor, e.is_admin from employee e
                  join unit u on u.id = e.unit_id left join employee s on s.id = e.supervisor_id where e.nip = ?
                """).param(KASI).query().singleRow())
                .containsEntry("name", "Erwin Saragih").containsEntry("unit", "Seksi Pelayanan Umum")
                .containsEntry("supervisor", SEKCAM).containsEntry("is_admin", true);
        assertThat(jdbc.sql("select name from employee where nip = ?").param(CAMAT).query(String.class).single())
                .isEqualTo("Rahmat Siregar, S.STP");
        assertThat(count("select count(*) from unit u join unit p on p.id = u.parent_id "
                + "where u.name = 'Seksi Pelayanan Umum' and p.name = 'Kantor Camat'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where actor = 'cli' and action = 'ROSTER_IMPORTED'")).isEqualTo(1);
    }

    @Test
    void the_status_pns_or_pppk_is_kept_and_a_file_without_it_changes_nothing() throws Exception {
        importRoster();
        assertThat(jdbc.sql("select employment from employee where nip = ?").param(STAFF).query(String.class).single())
                .as("PNS unless the file says otherwise").isEqualTo("PNS");
        String pppk = "199005052021062003";
        Path withStatus = file("status.csv", """
                nip,name,position,unit,supervisor_nip,status
                %s,Nurhayati Lubis,Sekretaris Kecamatan,Kantor Camat,%s,PNS
                %s,Putri Ginting,Pengelola Layanan,Seksi Pelayanan Umum,%s,PPPK
                """.formatted(SEKCAM, CAMAT, pppk, KASI));

        assertThat(cli("import-roster", withStatus.toString()).out()).contains("1 ditambahkan");
        assertThat(jdbc.sql("select employment from employee where nip = ?").param(pppk).query(String.class).single())
                .isEqualTo("PPPK");

        Path withoutStatus = file("without.csv", """
                nip,name,position,unit,supervisor_nip
                %s,Putri Ginting,Pengelola Layanan,Seksi Pelayanan Umum,%s
                """.formatted(pppk, KASI));
        assertThat(cli("import-roster", withoutStatus.toString()).out()).contains("0 ditambahkan, 0 diubah, 1 tetap");
        assertThat(jdbc.sql("select employment from employee where nip = ?").param(pppk).query(String.class).single())
                .isEqualTo("PPPK");
    }

    @Test
    void reimporting_the_same_file_changes_nothing() throws Exception {
        importRoster();
        List<Map<String, Object>> employees = rows("employee");
        List<Map<String, Object>> units = rows("unit");

        Run again = importRoster();

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Daftar pegawai: 0 ditambahkan, 0 diubah, 4 tetap");
        assertThat(rows("employee")).isEqualTo(employees);
        assertThat(rows("unit")).isEqualTo(units);
    }

    @Test
    void a_real_change_updates_only_that_employee_and_keeps_others_in_the_database() throws Exception {
        importRoster();
        Object staffUpdatedAt = jdbc.sql("select updated_at from employee where nip = ?").param(STAFF).query().singleValue();
        Path smaller = file("smaller.csv", """
                nip,name,position,unit,supervisor_nip
                %s,Nurhayati Lubis,Sekretaris Kecamatan,Kantor Camat,%s
                """.formatted(SEKCAM, CAMAT));

        Run run = cli("import-roster", smaller.toString());

        assertThat(run.out()).contains("Daftar pegawai: 0 ditambahkan, 1 diubah, 0 tetap");
        assertThat(count("select count(*) from employee where active")).isEqualTo(4);
        assertThat(jdbc.sql("select updated_at from employee where nip = ?").param(STAFF).query().singleValue())
                .isEqualTo(staffUpdatedAt);
        assertThat(count("select count(*) from employee where nip = ? and updated_at > created_at", SEKCAM)).isEqualTo(1);
        assertThat(count("select count(*) from employee where nip = ? and is_admin", KASI))
                .as("a file without role keeps HR rights").isEqualTo(1);
    }

    @Test
    void every_bad_row_is_reported_with_its_line_and_nothing_is_written() throws Exception {
        importRoster();
        List<Map<String, Object>> employees = rows("employee");
        List<Map<String, Object>> units = rows("unit");
        Path bad = file("bad.csv", """
                nip,name,position,unit,supervisor_nip,role,status
                199101012015011001,Baru Satu,Staf,Unit Baru,%s,,
                19910101201501100,Pendek,Staf,Unit Baru,%s,,
                199101012015131001,Bulan Salah,Staf,Unit Baru,%s,,
                199101012023131002,Pegawai PPPK,Staf,Unit Baru,%s,,PPPK
                199101012015011003,,Staf,Unit Baru,%s,,
                199101012015011001,Duplikat,Staf,Unit Baru,%s,,
                199101012015011004,Atasan Hilang,Staf,Unit Baru,199201012015011001,,
                199101012015011005,Peran Aneh,Staf,Unit Baru,%s,BOSS,
                199101012015011006,Status Aneh,Staf,Unit Baru,%s,,HONORER
                """.formatted(KASI, KASI, KASI, KASI, KASI, KASI, KASI, KASI));

        Run run = cli(Language.ID, "import-roster", bad.toString());
        Run english = cli(Language.EN, "import-roster", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 3: NIP 19910101201501100 harus 18 angka.",
                "Baris 4: NIP 199101012015131001: angka ke-13 s.d. 14 harus bulan pengangkatan CPNS (01 s.d. 12). "
                        + "Untuk pegawai PPPK, isi kolom status dengan PPPK.",
                "Baris 6: kolom name kosong. Isi nilainya.",
                "Baris 7: NIP 199101012015011001 sudah ada di baris 2. Hapus salah satunya.",
                "Baris 8: NIP atasan 199201012015011001 tidak ada di berkas ini dan belum terdaftar. "
                        + "Tambahkan atasan itu ke berkas atau perbaiki NIP-nya.",
                "Baris 9: \"BOSS\" di kolom role tidak dikenal. Isi ADMIN, HR, PEGAWAI atau EMPLOYEE, atau kosongkan.",
                "Baris 10: \"HONORER\" di kolom status tidak dikenal. Isi PNS atau PPPK (kosong berarti PNS).");
        assertThat(english.exit()).isEqualTo(1);
        assertThat(english.errLines()).containsExactly(
                "Nothing was imported. Problems found:",
                "Line 3: NIP 19910101201501100 must be 18 digits.",
                "Line 4: NIP 199101012015131001: digits 13 to 14 must be the CPNS appointment month (01 to 12). "
                        + "For a PPPK employee, put PPPK in column status.",
                "Line 6: column name is empty. Fill it in.",
                "Line 7: NIP 199101012015011001 is already on line 2. Delete one of the two.",
                "Line 8: supervisor NIP 199201012015011001 is neither in this file nor registered yet. "
                        + "Add the supervisor to the file or correct the NIP.",
                "Line 9: \"BOSS\" is not a role. Use ADMIN, HR, EMPLOYEE or PEGAWAI, or leave column role empty.",
                "Line 10: \"HONORER\" is not a status. Use PNS or PPPK (empty means PNS).");
        assertThat(rows("employee")).isEqualTo(employees);
        assertThat(rows("unit")).isEqualTo(units);
    }

    @Test
    void without_a_choice_the_problems_are_in_the_configured_language() throws Exception {
        Path bad = file("bad.csv", "nip,name,position,unit,supervisor_nip\n12345,A,B,C,\n");
        Language configured = context.getBean(CliProperties.class).language();

        Run run = cli("import-roster", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).isEqualTo(cli(configured, "import-roster", bad.toString()).errLines())
                .hasSize(2);
    }

    @Test
    void every_nip_problem_is_explained() throws Exception {
        Path bad = file("nips.csv", """
                nip,name,position,unit,supervisor_nip
                198602302015051001,A,Staf,Unit,
                198609261980051001,B,Staf,Unit,
                198609262015053001,C,Staf,Unit,
                198609262015051000,D,Staf,Unit,
                """);

        assertThat(cli(Language.ID, "import-roster", bad.toString()).errLines()).containsExactly(
                "Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: NIP 198602302015051001: angka ke-1 s.d. 8 harus tanggal lahir yang benar "
                        + "(tahun, bulan, tanggal, misalnya 19860926).",
                "Baris 3: NIP 198609261980051001: tahun pengangkatan (angka ke-9 s.d. 12) harus sesudah tahun lahir. "
                        + "Untuk pegawai PPPK, isi kolom status dengan PPPK.",
                "Baris 4: NIP 198609262015053001: angka ke-15 (jenis kelamin) harus 1 atau 2.",
                "Baris 5: NIP 198609262015051000: nomor urut (angka ke-16 s.d. 18) harus mulai dari 001.");
        assertThat(cli(Language.EN, "import-roster", bad.toString()).errLines()).containsExactly(
                "Nothing was imported. Problems found:",
                "Line 2: NIP 198602302015051001: digits 1 to 8 must be a real birth date "
                        + "(year, month, day, e.g. 19860926).",
                "Line 3: NIP 198609261980051001: the appointment year (digits 9 to 12) must be after the birth year. "
                        + "For a PPPK employee, put PPPK in column status.",
                "Line 4: NIP 198609262015053001: digit 15 (sex) must be 1 or 2.",
                "Line 5: NIP 198609262015051000: the sequence number (digits 16 to 18) must start from 001.");
    }

    @Test
    void unit_parents_that_contradict_each_other_or_go_round_are_refused() throws Exception {
        Path units = file("units.csv", """
                nip,name,position,unit,supervisor_nip,parent_unit
                %s,A,Camat,Kantor,,Kantor
                %s,B,Kasi,Seksi A,%s,Seksi B
                %s,C,Staf,Seksi A,%s,Kantor
                %s,D,Staf,Seksi B,%s,Seksi A
                """.formatted(CAMAT, SEKCAM, CAMAT, KASI, CAMAT, STAFF, CAMAT));

        assertThat(cli(Language.ID, "import-roster", units.toString()).errLines()).containsExactly(
                "Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: unit \"Kantor\" tidak boleh menjadi induknya sendiri. Perbaiki kolom parent_unit.",
                "Baris 3: induk unit membentuk lingkaran: Seksi A → Seksi B → Seksi A. Perbaiki kolom parent_unit.",
                "Baris 4: induk unit \"Seksi A\" di sini \"Kantor\", tetapi di baris 3 \"Seksi B\". "
                        + "Samakan kolom parent_unit.",
                "Baris 5: induk unit membentuk lingkaran: Seksi B → Seksi A → Seksi B. Perbaiki kolom parent_unit.");
        assertThat(cli(Language.EN, "import-roster", units.toString()).errLines()).containsExactly(
                "Nothing was imported. Problems found:",
                "Line 2: unit \"Kantor\" cannot be its own parent. Correct column parent_unit.",
                "Line 3: the parent units go round in a circle: Seksi A → Seksi B → Seksi A. Correct column parent_unit.",
                "Line 4: unit \"Seksi A\" has the parent \"Kantor\" here but \"Seksi B\" on line 3. "
                        + "Make column parent_unit the same.",
                "Line 5: the parent units go round in a circle: Seksi B → Seksi A → Seksi B. Correct column parent_unit.");
        assertThat(count("select count(*) from employee")).isZero();
    }

    @Test
    void a_missing_column_is_reported_on_line_one() throws Exception {
        Path cols = file("cols.csv", "nip,name,position,unit\n%s,A,B,C\n".formatted(CAMAT));

        Run run = cli(Language.ID, "import-roster", cols.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains("Baris 1: kolom supervisor_nip tidak ada di baris judul. Tambahkan kolom itu.");
        assertThat(cli(Language.EN, "import-roster", cols.toString()).errLines())
                .contains("Line 1: the header has no column supervisor_nip. Add that column.");
        assertThat(count("select count(*) from employee")).isZero();
    }

    @Test
    void supervisor_cycles_are_refused() throws Exception {
        Path cycle = file("cycle.csv", """
                nip,name,position,unit,supervisor_nip
                %s,A,Camat,Kantor,%s
                %s,B,Sekcam,Kantor,%s
                %s,C,Staf,Kantor,%s
                """.formatted(CAMAT, SEKCAM, SEKCAM, CAMAT, STAFF, STAFF));

        Run run = cli(Language.EN, "import-roster", cycle.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Nothing was imported. Problems found:",
                "Line 2: the supervisors go round in a circle: %s → %s → %s. Correct column supervisor_nip."
                        .formatted(CAMAT, SEKCAM, CAMAT),
                "Line 3: the supervisors go round in a circle: %s → %s → %s. Correct column supervisor_nip."
                        .formatted(SEKCAM, CAMAT, SEKCAM),
                "Line 4: NIP %s is their own supervisor. Correct column supervisor_nip.".formatted(STAFF));
        assertThat(cli(Language.ID, "import-roster", cycle.toString()).errLines()).containsExactly(
                "Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: rantai atasan membentuk lingkaran: %s → %s → %s. Perbaiki kolom supervisor_nip."
                        .formatted(CAMAT, SEKCAM, CAMAT),
                "Baris 3: rantai atasan membentuk lingkaran: %s → %s → %s. Perbaiki kolom supervisor_nip."
                        .formatted(SEKCAM, CAMAT, SEKCAM),
                "Baris 4: NIP %s tercatat sebagai atasannya sendiri. Perbaiki kolom supervisor_nip.".formatted(STAFF));
        assertThat(count("select count(*) from employee")).isZero();
    }

    @Test
    void a_cycle_through_the_database_is_refused() throws Exception {
        importRoster();
        Path cycle = file("cycle.csv", "nip,name,position,unit,supervisor_nip\n%s,Camat,Camat,Kantor Camat,%s\n"
                .formatted(CAMAT, STAFF));

        Run run = cli(Language.ID, "import-roster", cycle.toString());

        assertThat(run.errLines()).containsExactly("Tidak ada yang diimpor. Masalah yang ditemukan:",
                "Baris 2: rantai atasan membentuk lingkaran: %s → %s → %s → %s → %s. Perbaiki kolom supervisor_nip."
                        .formatted(CAMAT, STAFF, KASI, SEKCAM, CAMAT));
    }

    @Test
    void semicolon_separated_excel_export_with_bom_and_pppk_numbers() throws Exception {
        String text = "\uFEFFNIP;Nama;Name;Position;Unit;Supervisor_NIP;Status\r\n"
                + "%s;x;\"Lubis; S.H.\";Camat;Kantor Camat;;\r\n".formatted(CAMAT)
                + "199001012023131002;x;Pegawai PPPK;Staf;Kantor Camat;%s;pppk\r\n".formatted(CAMAT);
        Path file = dir.resolve("excel.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        Run run = cli("import-roster", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Daftar pegawai: 2 ditambahkan");
        assertThat(jdbc.sql("select name from employee order by name").query(String.class).list())
                .containsExactly("Lubis; S.H.", "Pegawai PPPK");
    }

    @Test
    void a_missing_file_is_one_clear_line() {
        Run run = cli(Language.ID, "import-roster", dir.resolve("nope.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("Berkas tidak ditemukan: " + dir.resolve("nope.csv"));
        assertThat(cli(Language.EN, "import-roster", dir.resolve("nope.csv").toString()).errLines())
                .containsExactly("File not found: " + dir.resolve("nope.csv"));
    }
}
