package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;
import id.kinerja.demo.DemoPeople;
import id.kinerja.text.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;


class DemoOfficeIntegrationTest extends CliIntegrationTest {

    @Test
    void loads_the_demo_office_once_and_prints_a_guide() {
        Run run = cli("demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(count("select count(*) from employee where active")).isGreaterThanOrEqualTo(40);
        assertThat(count("select count(*) from unit")).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from unit where name like 'Kelurahan %'")).isEqualTo(5);
        assertThat(jdbc.sql("select code || ' ' || status from appraisal_period order by code").query(String.class).list())
                .containsExactly("2026-09 CLOSED", "2026-10 CLOSED", "2026-11 OPEN");
        assertThat(jdbc.sql("select count(*) from indicator group by employee_id, period_id").query(Long.class).list())
                .hasSize(120).allMatch(n -> n >= 2 && n <= 3);
        assertThat(count("select count(*) from indicator where direction = 'LOWER_IS_BETTER'")).isPositive();
        assertThat(count("select count(*) from evaluation v join appraisal_period p on p.id = v.period_id "
                + "where p.code = '2026-11'")).isZero();
        for (String period : List.of("2026-09", "2026-10")) {
            assertThat(count("select count(*) from evaluation v join appraisal_period p on p.id = v.period_id "
                    + "where p.code = ? and v.feedback is not null", period)).isGreaterThan(30);
        }
        assertThat(count("select count(distinct predicate) from evaluation")).isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from employee where is_admin")).isEqualTo(1);
        assertThat(count("select count(*) from employee where supervisor_id is null")).isEqualTo(1);
        // what follows the appraisal, written through the chat's use cases
        assertThat(count("select count(*) from coaching_session where status = 'PLANNED' and supervisor_id is not null"))
                .as("one coaching plan after a low predicate").isEqualTo(1);
        assertThat(count("select count(*) from objection where status <> 'OPEN' and decided_predicate is not null"))
                .as("one decided objection").isEqualTo(1);
        assertThat(count("select count(*) from evaluation where changed_by_objection is not null"))
                .as("the objection changed the ratings").isEqualTo(1);
        assertThat(count("select count(distinct employee_id) from development_activity"))
                .as("development activities for several people").isGreaterThanOrEqualTo(5);
        assertThat(run.out()).contains("Tindak lanjut: 1 rencana bimbingan, 1 keberatan diputus, "
                + count("select count(*) from development_activity") + " kegiatan pengembangan kompetensi untuk "
                + count("select count(distinct employee_id) from development_activity") + " pegawai");
        assertThat(run.out()).contains(DemoPeople.get(DemoPeople.CAMAT).nip(), DemoPeople.get(DemoPeople.HR_ADMIN).nip(),
                DemoPeople.get(DemoPeople.STAFF).nip(), DemoPeople.get(DemoPeople.SECTION_HEAD).nip(),
                "Minta kode tautan:  java -jar target/kinerja-bot.jar link-code NIP",
                "  Daftar pegawai: 40 ditambahkan, 0 diubah, 0 tetap",
                "  Periode: 2026-09 (ditutup), 2026-10 (ditutup), 2026-11 (dibuka)");
    }

    @Test
    void a_second_run_changes_nothing() {
        cli("demo");
        Map<String, List<Map<String, Object>>> before = snapshot();

        Run again = cli("demo");

        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Kantor demo sudah dimuat; tidak ada yang berubah.");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_conflicting_period_rolls_the_whole_demo_back() {
        cli("open-period", "--code", "2026-10", "--kind", "MONTHLY", "--start", "2026-10-01", "--end", "2026-10-31",
                "--due", "2026-11-06");

        Run run = cli(Language.EN, "demo");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("The demo could not be loaded (open-period 2026-10); nothing was loaded:",
                "Period \"2026-10\" already exists (open, 2026-10-01 to 2026-10-31). Use another code.");
        assertThat(count("select count(*) from employee")).isZero();
        assertThat(count("select count(*) from appraisal_period")).isEqualTo(1);
    }

    private Map<String, List<Map<String, Object>>> snapshot() {
        return Map.of("employee", rows("employee"), "unit", rows("unit"), "period", rows("appraisal_period"),
                "indicator", rows("indicator"), "evaluation", rows("evaluation"), "audit", rows("audit_log"));
    }
}
