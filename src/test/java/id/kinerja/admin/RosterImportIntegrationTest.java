package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterImportIntegrationTest extends CliIntegrationTest {

    @Test
    void importsEmployeesUnitsSupervisorsAndRoles() throws Exception {
        Run run = importRoster();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("4 added, 0 updated, 0 unchanged");
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
    void reimportingTheSameFileChangesNothing() throws Exception {
        importRoster();
        List<Map<String, Object>> employees = rows("employee");
        List<Map<String, Object>> units = rows("unit");

        Run again = importRoster();

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 added, 0 updated, 4 unchanged");
        assertThat(rows("employee")).isEqualTo(employees);
        assertThat(rows("unit")).isEqualTo(units);
    }

    @Test
    void aRealChangeUpdatesOnlyThatEmployeeAndKeepsOthersInTheDatabase() throws Exception {
        importRoster();
        Object staffUpdatedAt = jdbc.sql("select updated_at from employee where nip = ?").param(STAFF).query().singleValue();
        Path smaller = file("smaller.csv", """
                nip,name,position,unit,supervisor_nip
                %s,Nurhayati Lubis,Sekretaris Kecamatan,Kantor Camat,%s
                """.formatted(SEKCAM, CAMAT));

        Run run = cli("import-roster", smaller.toString());

        assertThat(run.out()).contains("0 added, 1 updated, 0 unchanged");
        assertThat(count("select count(*) from employee where active")).isEqualTo(4);
        assertThat(jdbc.sql("select updated_at from employee where nip = ?").param(STAFF).query().singleValue())
                .isEqualTo(staffUpdatedAt);
        assertThat(count("select count(*) from employee where nip = ? and updated_at > created_at", SEKCAM)).isEqualTo(1);
        assertThat(count("select count(*) from employee where nip = ? and is_admin", KASI))
                .as("a file without role keeps HR rights").isEqualTo(1);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingIsWritten() throws Exception {
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

        Run run = cli("import-roster", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly(
                "nothing imported:",
                "line 3: NIP 19910101201501100: NIP must be 18 digits",
                "line 4: NIP 199101012015131001: NIP digits 13-14 are not an appointment month (01-12)",
                "line 6: empty name",
                "line 7: NIP 199101012015011001 is already on line 2",
                "line 8: supervisor NIP 199201012015011001 is neither in this file nor in the database",
                "line 9: unknown role \"BOSS\" (use ADMIN, HR, EMPLOYEE or leave empty)",
                "line 10: unknown status \"HONORER\" (use PNS or PPPK)");
        assertThat(rows("employee")).isEqualTo(employees);
        assertThat(rows("unit")).isEqualTo(units);
    }

    @Test
    void aMissingColumnIsReportedOnLineOne() throws Exception {
        Run run = cli("import-roster", file("cols.csv", "nip,name,position,unit\n%s,A,B,C\n".formatted(CAMAT)).toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).contains("line 1: missing column supervisor_nip");
        assertThat(count("select count(*) from employee")).isZero();
    }

    @Test
    void supervisorCyclesAreRefused() throws Exception {
        Path cycle = file("cycle.csv", """
                nip,name,position,unit,supervisor_nip
                %s,A,Camat,Kantor,%s
                %s,B,Sekcam,Kantor,%s
                %s,C,Staf,Kantor,%s
                """.formatted(CAMAT, SEKCAM, SEKCAM, CAMAT, STAFF, STAFF));

        Run run = cli("import-roster", cycle.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("nothing imported:",
                "line 2: supervisor cycle: %s → %s → %s".formatted(CAMAT, SEKCAM, CAMAT),
                "line 3: supervisor cycle: %s → %s → %s".formatted(SEKCAM, CAMAT, SEKCAM),
                "line 4: NIP %s is their own supervisor".formatted(STAFF));
        assertThat(count("select count(*) from employee")).isZero();
    }

    @Test
    void aCycleThroughTheDatabaseIsRefused() throws Exception {
        importRoster();
        Path cycle = file("cycle.csv", "nip,name,position,unit,supervisor_nip\n%s,Camat,Camat,Kantor Camat,%s\n"
                .formatted(CAMAT, STAFF));

        Run run = cli("import-roster", cycle.toString());

        assertThat(run.errLines()).containsExactly("nothing imported:",
                "line 2: supervisor cycle: %s → %s → %s → %s → %s".formatted(CAMAT, STAFF, KASI, SEKCAM, CAMAT));
    }

    @Test
    void semicolonSeparatedExcelExportWithBomAndPppkNumbers() throws Exception {
        String text = "\uFEFFNIP;Nama;Name;Position;Unit;Supervisor_NIP;Status\r\n"
                + "%s;x;\"Lubis; S.H.\";Camat;Kantor Camat;;\r\n".formatted(CAMAT)
                + "199001012023131002;x;Pegawai PPPK;Staf;Kantor Camat;%s;pppk\r\n".formatted(CAMAT);
        Path file = dir.resolve("excel.csv");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));

        Run run = cli("import-roster", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 added");
        assertThat(jdbc.sql("select name from employee order by name").query(String.class).list())
                .containsExactly("Lubis; S.H.", "Pegawai PPPK");
    }

    @Test
    void aMissingFileIsOneClearLine() {
        Run run = cli("import-roster", dir.resolve("nope.csv").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("file not found: " + dir.resolve("nope.csv"));
    }
}
