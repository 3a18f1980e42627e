package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.support.Fixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index at a million responses: only tallies are stored here (no response, no answer), so the numbers
 * can only come from survey_tally. About 100,000 tally rows: 10 units × 3 services × 365 days × 9 elements.
 * How fast these queries are is measured by the benchmark ({@code mvn -Pbench verify}, section "survey"), not here.
 */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class SurveyIndexScaleIntegrationTest {

    @Autowired
    SurveyIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Units units;

    @Test
    void a_million_responses_are_indexed_from_the_tallies_alone() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long root = fixtures.unit("Kantor Camat");
        for (int i = 0; i < 9; i++) {
            jdbc.sql("update unit set parent_id = ? where id = ?").params(root, fixtures.unit("Kelurahan " + i)).update();
        }
        jdbc.sql("""
                insert into survey_tally (unit_id, service, day, element, answers, total)
                select u.id, s.k, d::date, e.name, 92, 92 * 3 + (case when e.name = 'Biaya/Tarif' then 92 else 0 end)
                  from unit u, (values ('a'), ('b'), ('c')) s (k),
                       generate_series(date '2026-01-01', date '2026-12-31', interval '1 day') d,
                       (values ('Persyaratan'), ('Sistem, Mekanisme, dan Prosedur'), ('Waktu Penyelesaian'),
                               ('Biaya/Tarif'), ('Produk Spesifikasi Jenis Pelayanan'), ('Kompetensi Pelaksana'),
                               ('Perilaku Pelaksana'), ('Sarana dan Prasarana'),
                               ('Penanganan Pengaduan, Saran dan Masukan')) e (name)""").update();
        jdbc.sql("analyze survey_tally").update();
        Unit camat = units.byId(root).orElseThrow();
        SurveyPeriod year = SurveyPeriod.parse("2026");
        SurveyPeriod q4 = SurveyPeriod.parse("2026-Q4");

        OfficeIndex office = index.office(year);
        assertThat(office.responses()).isEqualTo(10 * 3 * 365 * 92);
        // eight elements at 3, Biaya at 4: 25 × 28 / 9 = 77.777… → 77.78
        assertThat(office.score().ikm()).contains(new BigDecimal("77.78"));
        assertThat(index.unit(camat, year).responses()).isEqualTo(3 * 365 * 92);
        assertThat(index.allUnits(q4)).hasSize(10).allMatch(u -> u.responses() == 3 * 92 * 92);
        assertThat(index.services(camat, year)).hasSize(3);
        assertThat(index.trend(camat, q4, 3)).extracting(PeriodIndex::responses)
                .containsExactly(3L * 90 * 92, 3L * 91 * 92, 3L * 92 * 92, 3L * 92 * 92);
        assertThat(index.officeTrend(q4, 3)).hasSize(4);
        assertThat(jdbc.sql("select count(*) from survey_answer").query(Long.class).single()).isZero();
    }
}
