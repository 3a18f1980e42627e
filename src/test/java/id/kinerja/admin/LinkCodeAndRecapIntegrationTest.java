package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.LinkCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkCodeAndRecapIntegrationTest extends CliIntegrationTest {

    @BeforeEach
    void roster() throws Exception {
        importRoster();
    }

    @Test
    void linkCodePrintsTheCodeAloneOnTheLastLine() {
        Run run = cli("link-code", STAFF, "--bot-username", "@KinerjaMarelanBot");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.outLines();
        String code = lines.get(lines.size() - 1);
        assertThat(code).matches("[A-Z2-9]{12}");
        assertThat(run.out()).contains("https://t.me/KinerjaMarelanBot?start=" + code);
        assertThat(count("select count(*) from link_code c join employee e on e.id = c.employee_id "
                + "where e.nip = ? and c.code_hash = ?", STAFF, LinkCode.hash(code))).isEqualTo(1);
    }

    @Test
    void linkCodeForAnUnknownNipFails() {
        Run run = cli("link-code", "199901012020011001");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("no employee with NIP 199901012020011001");
        assertThat(count("select count(*) from link_code")).isZero();
    }

    @Test
    void linkCodesForAUnitAsCsvWithoutDeepLinksWhenTheBotIsUnknown() {
        Run run = cli("link-codes", "--unit", "Seksi Pelayanan Umum");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).isEqualTo("nip,name,unit,code,deep_link");
        assertThat(run.outLines().subList(1, 3)).allMatch(line -> line.matches("\\d{18},[^,]+,Seksi Pelayanan Umum,[A-Z2-9]{12},"));
        assertThat(run.errLines()).containsExactly(DeepLinks.unknownUsernameNote());
        assertThat(count("select count(*) from link_code")).isEqualTo(2);
    }

    @Test
    void linkCodesForEveryoneToAFile() throws Exception {
        Path out = dir.resolve("codes.csv");

        Run run = cli("link-codes", "--all", "--out", out.toString(), "--bot-username", "KinerjaBot");

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("\uFEFFnip,name,unit,code,deep_link");
        assertThat(lines).anyMatch(l -> l.startsWith(CAMAT + ",\"Rahmat Siregar, S.STP\",Kantor Camat,")
                && l.matches(".*,([A-Z2-9]{12}),https://t\\.me/KinerjaBot\\?start=\\1"));
    }

    @Test
    void linkCodesNeedsExactlyOneScope() {
        assertThat(cli("link-codes").exit()).isEqualTo(2);
        assertThat(cli("link-codes", "--all", "--unit", "Kantor Camat").exit()).isEqualTo(2);
        Run unknownUnit = cli("link-codes", "--unit", "Seksi Fiktif");
        assertThat(unknownUnit.exit()).isEqualTo(1);
        assertThat(unknownUnit.errLines()).containsExactly("no active employee in a unit named \"Seksi Fiktif\"");
        assertThat(count("select count(*) from link_code")).isZero();
    }

    @Test
    void grantAdminSetsTheFlagAndIsAudited() {
        Run run = cli("grant-admin", STAFF);

        assertThat(run.exit()).isZero();
        assertThat(count("select count(*) from employee where nip = ? and is_admin", STAFF)).isEqualTo(1);
        assertThat(count("select count(*) from audit_log where action = 'ADMIN_GRANTED' and subject = ?",
                "employee:" + STAFF)).isEqualTo(1);
        assertThat(cli("grant-admin", STAFF).out()).contains("already had HR rights");
        assertThat(cli("grant-admin", "199901012020011001").exit()).isEqualTo(1);
    }

    @Test
    void exportRecapWritesOneRowPerActiveEmployee() throws Exception {
        cli("open-period", "--code", "2026-11", "--kind", "MONTHLY", "--start", "2026-11-01", "--end", "2026-11-30",
                "--due", "2026-12-07");
        cli("import-evaluations", file("ev.csv", "nip,period,work_result,behaviour\n%s,2026-11,ABOVE,ABOVE\n"
                .formatted(STAFF)).toString());
        Path out = dir.resolve("recap.csv");

        Run run = cli("export-recap", "2026-11", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        assertThat(new String(bytes, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("nip,name,unit,position,supervisor,work_result,behaviour,predicate,evaluated_at");
        assertThat(lines).contains(CAMAT + ",\"Rahmat Siregar, S.STP\",Kantor Camat,Camat,,,,,");
        assertThat(lines).anyMatch(l -> l.matches(STAFF + ",Maya Simanjuntak,Seksi Pelayanan Umum,Pranata Komputer,"
                + "Erwin Saragih,ABOVE,ABOVE,SANGAT_BAIK,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"));
        assertThat(lines).contains(KASI + ",Erwin Saragih,Seksi Pelayanan Umum,Kepala Seksi Pelayanan Umum,"
                + "Nurhayati Lubis,,,,");
    }

    @Test
    void exportRecapRefusesXlsxAndUnknownPeriods() {
        Run xlsx = cli("export-recap", "2026-11", "--out", dir.resolve("recap.xlsx").toString());
        Run unknown = cli("export-recap", "2030-01", "--out", dir.resolve("recap.csv").toString());

        assertThat(xlsx.exit()).isEqualTo(1);
        assertThat(xlsx.errLines()).containsExactly(
                "XLSX export is not available yet: use a file name ending in .csv (Excel opens it)");
        assertThat(unknown.errLines()).containsExactly("no period with code \"2030-01\"");
        assertThat(Files.exists(dir.resolve("recap.csv"))).isFalse();
    }
}
