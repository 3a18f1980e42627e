package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.support.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false",
        "kinerja.survey.units[0].unit=Kantor Camat", "kinerja.survey.units[0].yearly-users=10",
        "kinerja.survey.units[0].services[0].key=ahli-waris",
        "kinerja.survey.units[0].services[0].name=Surat Keterangan Ahli Waris",
        "kinerja.survey.units[0].services[1].key=sktm",
        "kinerja.survey.units[0].services[1].name=Surat Keterangan Tidak Mampu",
        "kinerja.survey.units[1].unit=Kelurahan Rengas Pulau", "kinerja.survey.units[1].yearly-users=100"})
class SurveyIndexIntegrationTest {

    static final SurveyPeriod Q4 = SurveyPeriod.parse("2026-Q4");

    @Autowired
    SurveyIndex index;
    @Autowired
    SurveyResponses responses;
    @Autowired
    Units units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    Unit camat;
    Unit kelurahan;
    Unit seksi;
    Unit lingkungan;

    @BeforeEach
    void office() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long camatId = fixtures.unit("Kantor Camat");
        long kelurahanId = fixtures.unit("Kelurahan Rengas Pulau");
        long seksiId = fixtures.unit("Seksi Pelayanan Umum");
        long lingkunganId = fixtures.unit("Lingkungan I");
        jdbc.sql("update unit set parent_id = ? where id in (?, ?)").params(camatId, kelurahanId, seksiId).update();
        jdbc.sql("update unit set parent_id = ? where id = ?").params(kelurahanId, lingkunganId).update();
        camat = units.byId(camatId).orElseThrow();
        kelurahan = units.byId(kelurahanId).orElseThrow();
        seksi = units.byId(seksiId).orElseThrow();
        lingkungan = units.byId(lingkunganId).orElseThrow();
    }

    /** Surveys whose scores, in element order, are {@code scores}, {@code count} times. */
    private static List<CompletedSurvey> surveys(int count, Unit unit, String service, LocalDate day, int... scores) {
        Map<SurveyElement, Integer> map = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            map.put(element, scores[element.ordinal()]);
        }
        List<CompletedSurvey> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new CompletedSurvey(unit.id(), service, day, RespondentProfile.SKIPPED, map, null));
        }
        return list;
    }

    private void write(List<CompletedSurvey> surveys) {
        transactions.executeWithoutResult(s -> responses.write(surveys));
    }

    @Test
    void a_unit_index_sums_its_services_and_days_within_the_period_only() {
        // 3 respondents as IkmScoreTest's exact case, spread over two services and two days of Q4
        write(surveys(1, camat, "ahli-waris", LocalDate.of(2026, 10, 1), 4, 4, 2, 2, 2, 2, 4, 2, 3));
        write(surveys(1, camat, "sktm", LocalDate.of(2026, 12, 31), 4, 4, 2, 2, 2, 3, 4, 2, 4));
        write(surveys(1, camat, "sktm", LocalDate.of(2026, 11, 15), 4, 4, 2, 2, 2, 3, 4, 3, 4));
        // outside Q4: ignored
        write(surveys(5, camat, "sktm", LocalDate.of(2026, 9, 30), 1, 1, 1, 1, 1, 1, 1, 1, 1));
        write(surveys(5, camat, "sktm", LocalDate.of(2027, 1, 1), 1, 1, 1, 1, 1, 1, 1, 1, 1));

        UnitIndex unit = index.unit(camat, Q4);

        assertThat(unit.unit()).isEqualTo(camat);
        assertThat(unit.period()).isEqualTo(Q4);
        assertThat(unit.responses()).isEqualTo(3);
        assertThat(unit.score().ikm()).contains(new BigDecimal("74.07"));
        assertThat(unit.score().grade()).contains(SkmGrade.C);
        assertThat(unit.sample()).isEqualTo(new SampleStatus(3, OptionalLong.of(10), false));
        assertThat(unit.weakest()).extracting(IkmScore.ElementScore::element)
                .containsExactly(SurveyElement.WAKTU, SurveyElement.BIAYA, SurveyElement.PRODUK);
        assertThat(unit.weakest().get(0).nrr()).contains(new BigDecimal("2.00"));
    }

    @Test
    void services_in_configured_order_with_empty_ones_and_a_unit_without_services() {
        write(surveys(2, camat, "sktm", LocalDate.of(2026, 10, 5), 4, 4, 4, 4, 4, 4, 4, 4, 4));
        write(surveys(1, camat, "old-service", LocalDate.of(2026, 10, 5), 3, 3, 3, 3, 3, 3, 3, 3, 3));
        write(surveys(4, kelurahan, "", LocalDate.of(2026, 10, 5), 3, 3, 3, 3, 3, 3, 3, 3, 3));

        List<ServiceIndex> services = index.services(camat, Q4);

        assertThat(services).extracting(ServiceIndex::serviceKey).containsExactly("ahli-waris", "sktm", "old-service");
        assertThat(services.get(0).responses()).isZero();
        assertThat(services.get(0).score().ikm()).isEmpty();
        assertThat(services.get(0).service().orElseThrow().name()).isEqualTo("Surat Keterangan Ahli Waris");
        assertThat(services.get(1).responses()).isEqualTo(2);
        assertThat(services.get(1).score().ikm()).contains(new BigDecimal("100.00"));
        assertThat(services.get(2).service()).isEmpty();
        assertThat(services.get(2).score().ikm()).contains(new BigDecimal("75.00"));
        assertThat(index.service(camat, "sktm", Q4).responses()).isEqualTo(2);
        assertThat(index.services(kelurahan, Q4)).singleElement().satisfies(s -> {
            assertThat(s.serviceKey()).isEmpty();
            assertThat(s.responses()).isEqualTo(4);
        });
    }

    @Test
    void a_unit_head_sees_the_unit_and_its_subtree_in_tree_order_each_on_its_own() {
        write(surveys(80, kelurahan, "", LocalDate.of(2026, 11, 2), 4, 4, 4, 4, 4, 4, 4, 4, 3));
        write(surveys(2, lingkungan, "", LocalDate.of(2026, 11, 2), 2, 2, 2, 2, 2, 2, 2, 2, 2));

        List<UnitIndex> rows = index.subtree(kelurahan, Q4);

        assertThat(rows).extracting(UnitIndex::unit).containsExactly(kelurahan, lingkungan);
        assertThat(rows.get(0).responses()).isEqualTo(80);
        assertThat(rows.get(0).score().ikm()).contains(new BigDecimal("97.22")); // 25 × 35 / 9
        assertThat(rows.get(0).sample()).isEqualTo(new SampleStatus(80, OptionalLong.of(80), true));
        assertThat(rows.get(1).score().ikm()).contains(new BigDecimal("50.00"));
        assertThat(rows.get(1).sample()).isEqualTo(new SampleStatus(2, OptionalLong.empty(), false));

        assertThat(index.allUnits(Q4)).extracting(u -> u.unit().name())
                .containsExactly("Kantor Camat", "Kelurahan Rengas Pulau", "Lingkungan I", "Seksi Pelayanan Umum");
        assertThat(index.allUnits(Q4).get(0).responses()).isZero();
        assertThat(index.allUnits(Q4).get(0).score().ikm()).isEmpty();
        assertThat(index.allUnits(Q4).get(0).weakest()).isEmpty();
        assertThat(index.subtree(seksi, Q4)).extracting(UnitIndex::unit).containsExactly(seksi);
    }

    @Test
    void the_whole_office_puts_every_unit_together_against_the_summed_yearly_users() {
        write(surveys(1, camat, "sktm", LocalDate.of(2026, 12, 1), 4, 4, 4, 4, 4, 4, 4, 4, 4));
        write(surveys(1, kelurahan, "", LocalDate.of(2026, 10, 1), 2, 2, 2, 2, 2, 2, 2, 2, 2));
        write(surveys(1, lingkungan, "", LocalDate.of(2026, 10, 1), 3, 3, 3, 3, 3, 3, 3, 3, 3));

        OfficeIndex office = index.office(Q4);

        assertThat(office.responses()).isEqualTo(3);
        assertThat(office.score().ikm()).contains(new BigDecimal("75.00"));
        assertThat(office.score().element(SurveyElement.SARANA).tally()).isEqualTo(new IkmScore.Tally(3, 9));
        // N = 10 + 100: S = 96,025 × 110 / (250 × 109 + 96,025) = 85.7… → 86
        assertThat(office.sample()).isEqualTo(new SampleStatus(3, OptionalLong.of(86), false));
    }

    @Test
    void a_trend_lists_the_previous_periods_oldest_first_also_those_without_responses() {
        write(surveys(2, camat, "sktm", LocalDate.of(2026, 4, 30), 3, 3, 3, 3, 3, 3, 3, 3, 3));
        write(surveys(1, camat, "sktm", LocalDate.of(2026, 7, 1), 4, 4, 4, 4, 4, 4, 4, 4, 4));
        write(surveys(1, camat, "sktm", LocalDate.of(2026, 12, 31), 1, 1, 1, 1, 1, 1, 1, 1, 1));
        write(surveys(3, kelurahan, "", LocalDate.of(2026, 12, 31), 2, 2, 2, 2, 2, 2, 2, 2, 2));

        List<PeriodIndex> trend = index.trend(camat, Q4, 3);

        assertThat(trend).extracting(p -> p.period().code()).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(trend).extracting(PeriodIndex::responses).containsExactly(0L, 2L, 1L, 1L);
        assertThat(trend.get(0).score().ikm()).isEmpty();
        assertThat(trend.get(1).score().ikm()).contains(new BigDecimal("75.00"));
        assertThat(trend.get(2).score().ikm()).contains(new BigDecimal("100.00"));
        assertThat(trend.get(3).score().ikm()).contains(new BigDecimal("25.00"));

        List<PeriodIndex> office = index.officeTrend(SurveyPeriod.parse("2026-12"), 1);
        assertThat(office).extracting(p -> p.period().code()).containsExactly("2026-11", "2026-12");
        assertThat(office).extracting(PeriodIndex::responses).containsExactly(0L, 4L);
        assertThat(office.get(1).score().ikm()).contains(new BigDecimal("43.75")); // 25 × (1 + 3 × 2) / 4

        assertThat(index.trend(camat, SurveyPeriod.parse("2026"), 0)).singleElement()
                .satisfies(p -> assertThat(p.responses()).isEqualTo(4));
    }

    @Test
    void the_current_period_is_of_the_configured_kind() {
        assertThat(index.periodContaining(LocalDate.of(2026, 11, 20))).isEqualTo(Q4);
    }
}
