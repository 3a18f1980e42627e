package id.kinerja.appraisal;

import static id.kinerja.appraisal.Rating.ABOVE;
import static id.kinerja.appraisal.Rating.BELOW;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class ScoreCardsIntegrationTest {

    @Autowired
    private ScoreCards scoreCards;
    @Autowired
    private JdbcClient jdbc;

    private Fixtures fixtures;
    private long kasi;
    private long siti;
    private long budi;

    @BeforeEach
    void roster() {
        fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Kelurahan Rengas Pulau");
        kasi = fixtures.employee("Ahmad Fauzi", "Lurah", unit, null);
        siti = fixtures.employee("Siti Aminah", "Pengadministrasi Umum", unit, kasi);
        budi = fixtures.employee("Budi Santoso", "Pengadministrasi Umum", unit, kasi);
    }

    @Test
    void the_latest_period_with_data_comes_with_indicators_by_weight_and_six_evaluated_periods_oldest_first() {
        Rating[] workResults = {BELOW, BELOW, MEETS, MEETS, ABOVE, ABOVE, MEETS, BELOW, ABOVE};
        for (int month = 1; month <= 9; month++) {
            fixtures.evaluation(siti, fixtures.closedMonth(month), kasi, workResults[month - 1], MEETS, null);
        }
        // ends on the same day as 2026-09 but was created later: the later of the two
        long quarter = fixtures.period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 7), false);
        fixtures.evaluation(siti, quarter, kasi, ABOVE, ABOVE, null);
        long open = fixtures.period("2026-10", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                LocalDate.of(2026, 11, 7), true);
        fixtures.indicator(siti, open, "Surat masuk diproses", "200", "dokumen", "190", "HIGHER_IS_BETTER");
        fixtures.indicator(siti, open, "Arsip digital", "50", "berkas", null, "HIGHER_IS_BETTER");
        fixtures.indicator(siti, open, "Waktu pengaduan", "3", "hari", "2.5", "LOWER_IS_BETTER");
        fixtures.indicator(siti, open, "Rapat koordinasi", "4", "kali", "4", "HIGHER_IS_BETTER");
        weight("Waktu pengaduan", "3");
        weight("Rapat koordinasi", "2.5");
        // someone else's later data is not Siti's latest period
        fixtures.evaluation(budi, fixtures.closedMonth(11), kasi, MEETS, MEETS, null);

        ScoreCard card = scoreCards.latestFor(siti).orElseThrow();

        assertThat(card.period().code()).isEqualTo("2026-10");
        assertThat(card.period().isOpen()).isTrue();
        assertThat(card.evaluation()).isEmpty();
        assertThat(card.indicators()).extracting(IndicatorResult::name)
                .containsExactly("Waktu pengaduan", "Rapat koordinasi", "Arsip digital", "Surat masuk diproses");
        assertThat(card.indicators().get(0).realisation()).isEqualTo(new BigDecimal("2.50"));
        assertThat(card.indicators().get(0).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(card.indicators().get(2).realisation()).isNull();
        assertThat(card.indicators()).as("as the evaluation card reads them")
                .isEqualTo(scoreCards.indicators(siti, open));
        assertThat(card.trend()).containsExactly(
                new ScoreCard.TrendPoint("2026-05", monthly(2026, 5, 1), Predicate.of(ABOVE, MEETS)),
                new ScoreCard.TrendPoint("2026-06", monthly(2026, 6, 1), Predicate.of(ABOVE, MEETS)),
                new ScoreCard.TrendPoint("2026-07", monthly(2026, 7, 1), Predicate.of(MEETS, MEETS)),
                new ScoreCard.TrendPoint("2026-08", monthly(2026, 8, 1), Predicate.of(BELOW, MEETS)),
                new ScoreCard.TrendPoint("2026-09", monthly(2026, 9, 1), Predicate.of(ABOVE, MEETS)),
                new ScoreCard.TrendPoint("2026-Q3", monthly(2026, 7, 1), Predicate.of(ABOVE, ABOVE)));
    }

    @Test
    void an_evaluated_period_shows_the_evaluation_with_the_evaluators_name() {
        fixtures.evaluation(siti, fixtures.closedMonth(8), null, BELOW, BELOW, null);
        long september = fixtures.closedMonth(9);
        fixtures.evaluation(siti, september, kasi, ABOVE, MEETS, "Pertahankan.");

        ScoreCard card = scoreCards.latestFor(siti).orElseThrow();

        assertThat(card.period().code()).isEqualTo("2026-09");
        assertThat(card.evaluation()).contains(
                new EvaluationResult(ABOVE, MEETS, Predicate.of(ABOVE, MEETS), "Pertahankan.", "Ahmad Fauzi"));
        assertThat(card.evaluation()).isEqualTo(scoreCards.evaluation(siti, september));
        assertThat(card.indicators()).isEmpty();
        assertThat(card.trend()).extracting(ScoreCard.TrendPoint::periodCode).containsExactly("2026-08", "2026-09");
    }

    @Test
    void an_evaluation_without_an_evaluator_has_no_name_and_no_data_means_no_card() {
        fixtures.evaluation(siti, fixtures.closedMonth(9), null, MEETS, MEETS, null);

        assertThat(scoreCards.latestFor(siti).orElseThrow().evaluation().orElseThrow().evaluatorName()).isNull();
        assertThat(scoreCards.latestFor(budi)).isEmpty();
    }

    private void weight(String indicator, String weight) {
        jdbc.sql("update indicator set weight = ? where name = ?").params(new BigDecimal(weight), indicator).update();
    }

    private static PeriodName monthly(int year, int month, int day) {
        return new PeriodName(Period.Kind.MONTHLY, LocalDate.of(year, month, day));
    }
}
