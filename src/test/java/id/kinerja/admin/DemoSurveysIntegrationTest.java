package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.WorkingCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo's citizen survey responses, read straight from the survey tables. */
class DemoSurveysIntegrationTest extends CliIntegrationTest {

    private static final String GRADE_C = "Kelurahan Tanah Enam Ratus";
    private static final String SMALL = "Kelurahan Paya Pasir";
    private static final List<String> UNITS = List.of("Kantor Camat Medan Marelan", "Kelurahan Labuhan Deli",
            "Kelurahan Rengas Pulau", "Kelurahan Terjun", GRADE_C, SMALL);

    @Test
    void loads_survey_responses_with_every_answer_and_says_how_many() {
        Run run = cli("demo");

        assertThat(run.exit()).as(run.err()).isZero();
        long responses = count("select count(*) from survey_response");
        assertThat(responses).isBetween(300L, 450L).isEqualTo(392);
        assertThat(run.out()).contains("Survei: 392 tanggapan di 6 unit, 16 saran (");
        assertThat(count("select count(*) from survey_answer")).isEqualTo(responses * 9);
        assertThat(count("""
                select count(*) from survey_response r
                 where (select count(distinct a.element) from survey_answer a where a.response_id = r.id) <> 9""")).isZero();
        assertThat(count("select sum(answers) from survey_tally")).isEqualTo(responses * 9);
        assertThat(count("select count(distinct unit_id) from survey_response")).isEqualTo(6);
    }

    @Test
    void one_unit_scores_a_c_and_the_others_score_better() {
        cli("demo");

        Map<String, BigDecimal> ikm = ikmByUnit();

        assertThat(ikm.keySet()).containsExactlyInAnyOrderElementsOf(UNITS);
        assertThat(ikm.get(GRADE_C)).isBetween(new BigDecimal("65.00"), new BigDecimal("76.60"))
                .isEqualByComparingTo("73.47"); // seeded: the same on every run
        ikm.forEach((unit, value) -> {
            if (!unit.equals(GRADE_C)) {
                assertThat(value).as(unit).isGreaterThanOrEqualTo(new BigDecimal("76.61"));
            }
        });
    }

    @Test
    void each_unit_has_its_own_weakest_element() {
        cli("demo");

        Map<String, String> weakest = new LinkedHashMap<>();
        jdbc.sql("""
                select distinct on (u.name) u.name, t.element from survey_tally t join unit u on u.id = t.unit_id
                 group by u.name, t.element order by u.name, sum(t.total)::numeric / sum(t.answers)""")
                .query((rs, n) -> weakest.put(rs.getString(1), rs.getString(2))).list();

        assertThat(weakest).isEqualTo(Map.of("Kantor Camat Medan Marelan", "Waktu Penyelesaian",
                "Kelurahan Labuhan Deli", "Penanganan Pengaduan, Saran dan Masukan",
                "Kelurahan Rengas Pulau", "Persyaratan", "Kelurahan Terjun", "Sistem, Mekanisme, dan Prosedur",
                GRADE_C, "Sarana dan Prasarana", SMALL, "Sarana dan Prasarana"));
    }

    @Test
    void biaya_is_nearly_always_four_and_most_answers_are_three_or_four() {
        cli("demo");

        long biaya = count("select count(*) from survey_answer where element = 'Biaya/Tarif'");
        assertThat(count("select count(*) from survey_answer where element = 'Biaya/Tarif' and score = 4"))
                .isGreaterThan(biaya * 85 / 100);
        long all = count("select count(*) from survey_answer");
        assertThat(count("select count(*) from survey_answer where score >= 3")).isGreaterThan(all * 70 / 100);
    }

    @Test
    void one_unit_has_far_fewer_responses_than_the_others() {
        cli("demo");

        Map<String, Long> perUnit = new LinkedHashMap<>();
        jdbc.sql("select u.name, count(*) from survey_response r join unit u on u.id = r.unit_id group by u.name")
                .query((rs, n) -> perUnit.put(rs.getString(1), rs.getLong(2))).list();

        assertThat(perUnit.get(SMALL)).isEqualTo(12);
        perUnit.forEach((unit, n) -> {
            if (!unit.equals(SMALL)) {
                assertThat(n).as(unit).isGreaterThanOrEqualTo(60);
            }
        });
    }

    @Test
    void responses_fall_in_the_three_months_before_today_mostly_on_weekdays_with_some_profiles_skipped() {
        cli("demo");

        LocalDate today = LocalDate.ofInstant(context.getBean(Clock.class).instant(),
                context.getBean(WorkingCalendar.class).zone());
        assertThat(count("select count(*) from survey_response where answered_on not between ? and ?",
                today.minusMonths(3), today.minusDays(1))).isZero();
        assertThat(count("select count(distinct answered_on) from survey_response")).isGreaterThan(40);
        long weekend = count("select count(*) from survey_response where extract(isodow from answered_on) in (6, 7)");
        assertThat(weekend).isLessThan(count("select count(*) from survey_response") / 20);
        assertThat(count("select count(*) from survey_response where sex is null")).isPositive();
        assertThat(count("select count(*) from survey_response where age_band is null and education is not null"))
                .isPositive();
        assertThat(count("select count(*) from survey_response "
                + "where sex is null and age_band is null and education is null and occupation is null")).isPositive();
        assertThat(count("select count(*) from survey_response where sex = 'P'")).isPositive();
    }

    @Test
    void suggestions_are_stored_apart_from_the_responses() {
        cli("demo");

        assertThat(count("select count(*) from survey_suggestion")).isEqualTo(16);
        assertThat(jdbc.sql("select text from survey_suggestion").query(String.class).list())
                .contains("Antrian di loket terlalu lama pada hari Senin, mohon ditambah petugas loket.",
                        "Mohon disediakan kursi tunggu yang lebih banyak.");
        assertThat(count("select count(distinct unit_id) from survey_suggestion")).isEqualTo(6);
    }

    @Test
    void a_second_run_adds_no_responses() {
        cli("demo");
        List<Map<String, Object>> tallies = tallies();

        Run again = cli("demo");

        assertThat(again.out()).contains("Kantor demo sudah dimuat; tidak ada yang berubah.");
        assertThat(count("select count(*) from survey_response")).isEqualTo(392);
        assertThat(count("select count(*) from survey_suggestion")).isEqualTo(16);
        assertThat(tallies()).isEqualTo(tallies);
    }

    /** IKM = 25 × the mean over the nine elements of (total / answers), from the stored tallies. */
    private Map<String, BigDecimal> ikmByUnit() {
        Map<String, BigDecimal> ikm = new LinkedHashMap<>();
        jdbc.sql("""
                select u.name, 25 * avg(t.total::numeric / t.answers) as ikm from (
                    select unit_id, element, sum(total) as total, sum(answers) as answers
                      from survey_tally group by unit_id, element) t
                  join unit u on u.id = t.unit_id
                 group by u.name having count(*) = 9""")
                .query((rs, n) -> ikm.put(rs.getString(1), rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP)))
                .list();
        return ikm;
    }

    private List<Map<String, Object>> tallies() {
        return jdbc.sql("select * from survey_tally order by unit_id, service, day, element").query().listOfRows();
    }
}
