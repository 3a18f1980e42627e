package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** The demo's survey responses when units have services configured: the keys come from the configuration. */
@TestPropertySource(properties = {
        "kinerja.survey.units[0].unit=Kantor Camat Medan Marelan",
        "kinerja.survey.units[0].services[0].key=sktm",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[0].services[1].key=legalisasi",
        "kinerja.survey.units[0].services[1].name=Legalisasi",
        "kinerja.survey.units[1].unit=Kelurahan Terjun",
        "kinerja.survey.units[1].services[0].key=domisili",
        "kinerja.survey.units[1].services[0].name=Surat Keterangan Domisili"})
class DemoSurveysWithServicesIntegrationTest extends CliIntegrationTest {

    @Test
    void responses_name_the_configured_services_and_units_without_any_get_none() {
        Run run = cli("demo");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(services("Kantor Camat Medan Marelan")).containsExactly("legalisasi", "sktm");
        assertThat(services("Kelurahan Terjun")).containsExactly("domisili");
        assertThat(services("Kelurahan Labuhan Deli")).containsExactly("");
        assertThat(count("select count(*) from survey_response")).isEqualTo(392);
        assertThat(count("select sum(total) from survey_tally t join unit u on u.id = t.unit_id "
                + "where u.name = 'Kantor Camat Medan Marelan'")).isEqualTo(sumOfScores("Kantor Camat Medan Marelan"));
        assertThat(count("select count(*) from survey_suggestion s join unit u on u.id = s.unit_id "
                + "where u.name = 'Kantor Camat Medan Marelan' and s.service not in ('sktm', 'legalisasi')")).isZero();
    }

    private List<String> services(String unit) {
        return jdbc.sql("select distinct r.service from survey_response r join unit u on u.id = r.unit_id "
                + "where u.name = ? order by r.service").param(unit).query(String.class).list();
    }

    private long sumOfScores(String unit) {
        return count("select sum(a.score) from survey_answer a join survey_response r on r.id = a.response_id "
                + "join unit u on u.id = r.unit_id where u.name = ?", unit);
    }
}
