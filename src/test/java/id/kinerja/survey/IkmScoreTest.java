package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IkmScoreTest {

    /** Every element answered {@code answers} times with these totals, in {@link SurveyElement} order. */
    private static IkmScore score(long answers, long... totals) {
        Map<SurveyElement, IkmScore.Tally> tallies = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            tallies.put(element, new IkmScore.Tally(answers, totals[element.ordinal()]));
        }
        return IkmScore.of(tallies);
    }

    private static IkmScore all(long answers, int score) {
        long[] totals = new long[9];
        java.util.Arrays.fill(totals, answers * score);
        return score(answers, totals);
    }

    @Test
    void all_answers_the_same_give_25_times_that_score() {
        assertThat(all(10, 3).ikm()).contains(new BigDecimal("75.00"));
        assertThat(all(7, 4).ikm()).contains(new BigDecimal("100.00"));
        assertThat(all(3, 1).ikm()).contains(new BigDecimal("25.00"));
        assertThat(all(10, 3).grade()).contains(SkmGrade.C);
        assertThat(all(7, 4).grade()).contains(SkmGrade.A);
        assertThat(all(3, 1).grade()).contains(SkmGrade.D);
    }

    @Test
    void a_mixed_case_computed_by_hand() {
        // four respondents; NRR 3.25, 3.5, 2.75, 4, 3, 3.25, 3.5, 2.5, 3 → Σ = 28.75
        // IKM = 25 × 28.75 / 9 = 718.75 / 9 = 79.8611… → 79.86, B
        IkmScore score = score(4, 13, 14, 11, 16, 12, 13, 14, 10, 12);

        assertThat(score.ikm()).contains(new BigDecimal("79.86"));
        assertThat(score.grade()).contains(SkmGrade.B);
        assertThat(score.element(SurveyElement.WAKTU).nrr()).contains(new BigDecimal("2.75"));
        assertThat(score.element(SurveyElement.WAKTU).converted()).contains(new BigDecimal("68.75"));
        assertThat(score.element(SurveyElement.BIAYA).converted()).contains(new BigDecimal("100.00"));
        assertThat(score.responses()).isEqualTo(4);
    }

    @Test
    void the_ikm_is_rounded_once_from_exact_fractions_not_from_rounded_nrrs() {
        // three respondents; NRR 4, 4, 2, 2, 2, 8/3, 4, 7/3, 11/3 → Σ = 80/3; IKM = 25 × 80 / 27 = 74.0740… → 74.07.
        // Rounding the NRRs first to 2 decimals (2.67, 2.33, 3.67: Σ 26.67) gives 74.0833… → 74.08,
        // and to 3 decimals (2.667, 2.333, 3.667: Σ 26.667) gives 74.0750 → 74.08.
        IkmScore score = score(3, 12, 12, 6, 6, 6, 8, 12, 7, 11);

        assertThat(score.ikm()).contains(new BigDecimal("74.07"));
        assertThat(score.element(SurveyElement.KOMPETENSI).nrr()).contains(new BigDecimal("2.67"));
        assertThat(score.element(SurveyElement.KOMPETENSI).converted()).contains(new BigDecimal("66.67"));
    }

    @Test
    void unequal_answer_counts_are_averaged_per_element_exactly() {
        // NRR 3/2, 4, 3, 4, 7/2, 3, 3, 10/3, 3 → Σ = 85/3
        // IKM = 25 × 85 / 27 = 78.7037… → 78.70
        Map<SurveyElement, IkmScore.Tally> tallies = new EnumMap<>(SurveyElement.class);
        tallies.put(SurveyElement.PERSYARATAN, new IkmScore.Tally(2, 3));
        tallies.put(SurveyElement.PROSEDUR, new IkmScore.Tally(1, 4));
        tallies.put(SurveyElement.WAKTU, new IkmScore.Tally(2, 6));
        tallies.put(SurveyElement.BIAYA, new IkmScore.Tally(2, 8));
        tallies.put(SurveyElement.PRODUK, new IkmScore.Tally(2, 7));
        tallies.put(SurveyElement.KOMPETENSI, new IkmScore.Tally(2, 6));
        tallies.put(SurveyElement.PERILAKU, new IkmScore.Tally(2, 6));
        tallies.put(SurveyElement.SARANA, new IkmScore.Tally(3, 10));
        tallies.put(SurveyElement.PENGADUAN, new IkmScore.Tally(2, 6));

        IkmScore score = IkmScore.of(tallies);

        assertThat(score.ikm()).contains(new BigDecimal("78.70"));
        assertThat(score.responses()).isEqualTo(3);
    }

    @Test
    void an_element_without_answers_has_no_nrr_and_leaves_the_ikm_and_grade_empty() {
        Map<SurveyElement, IkmScore.Tally> tallies = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            if (element != SurveyElement.BIAYA) {
                tallies.put(element, new IkmScore.Tally(5, 20));
            }
        }

        IkmScore score = IkmScore.of(tallies);

        assertThat(score.element(SurveyElement.BIAYA).nrr()).isEmpty();
        assertThat(score.element(SurveyElement.BIAYA).converted()).isEmpty();
        assertThat(score.element(SurveyElement.SARANA).nrr()).contains(new BigDecimal("4.00"));
        assertThat(score.ikm()).isEmpty();
        assertThat(score.grade()).isEmpty();
        assertThat(score.weakest(3)).extracting(IkmScore.ElementScore::element)
                .containsExactly(SurveyElement.PERSYARATAN, SurveyElement.PROSEDUR, SurveyElement.WAKTU);
        assertThat(IkmScore.empty().ikm()).isEmpty();
        assertThat(IkmScore.empty().responses()).isZero();
        assertThat(IkmScore.empty().weakest(3)).isEmpty();
    }

    @Test
    void the_weakest_elements_are_the_lowest_exact_nrrs_with_ties_in_element_order() {
        // NRR: 10/3, 3.5, 3.25, 4, 3.25, 3, 3, 4, 3.334
        Map<SurveyElement, IkmScore.Tally> tallies = new EnumMap<>(SurveyElement.class);
        tallies.put(SurveyElement.PERSYARATAN, new IkmScore.Tally(3, 10));
        tallies.put(SurveyElement.PROSEDUR, new IkmScore.Tally(2, 7));
        tallies.put(SurveyElement.WAKTU, new IkmScore.Tally(4, 13));
        tallies.put(SurveyElement.BIAYA, new IkmScore.Tally(1, 4));
        tallies.put(SurveyElement.PRODUK, new IkmScore.Tally(4, 13));
        tallies.put(SurveyElement.KOMPETENSI, new IkmScore.Tally(3, 9));
        tallies.put(SurveyElement.PERILAKU, new IkmScore.Tally(1, 3));
        tallies.put(SurveyElement.SARANA, new IkmScore.Tally(2, 8));
        // 3333/1000 > 10/3: rounded NRRs would call PENGADUAN equal to PERSYARATAN; exact, it is higher
        tallies.put(SurveyElement.PENGADUAN, new IkmScore.Tally(1000, 3334));

        assertThat(IkmScore.of(tallies).weakest(3)).extracting(IkmScore.ElementScore::element)
                .containsExactly(SurveyElement.KOMPETENSI, SurveyElement.PERILAKU, SurveyElement.WAKTU);
        assertThat(IkmScore.of(tallies).weakest(5)).extracting(IkmScore.ElementScore::element)
                .containsExactly(SurveyElement.KOMPETENSI, SurveyElement.PERILAKU, SurveyElement.WAKTU,
                        SurveyElement.PRODUK, SurveyElement.PERSYARATAN);
    }

    @Test
    void the_grade_bounds_apply_with_at_least_to_the_rounded_ikm() {
        assertThat(SkmGrade.of(new BigDecimal("100.00"))).isEqualTo(SkmGrade.A);
        assertThat(SkmGrade.of(new BigDecimal("88.31"))).isEqualTo(SkmGrade.A);
        assertThat(SkmGrade.of(new BigDecimal("88.30"))).isEqualTo(SkmGrade.B);
        assertThat(SkmGrade.of(new BigDecimal("76.61"))).isEqualTo(SkmGrade.B);
        assertThat(SkmGrade.of(new BigDecimal("76.60"))).isEqualTo(SkmGrade.C);
        assertThat(SkmGrade.of(new BigDecimal("65.00"))).isEqualTo(SkmGrade.C);
        assertThat(SkmGrade.of(new BigDecimal("64.99"))).isEqualTo(SkmGrade.D);
        assertThat(SkmGrade.of(new BigDecimal("25.00"))).isEqualTo(SkmGrade.D);
    }

    @Test
    void an_exact_ikm_just_below_a_bound_that_rounds_onto_it_gets_the_higher_grade() {
        // 100 respondents, Σ totals 3179: IKM = 25 × 3179 / 900 = 88.30555… → 88.31, A
        IkmScore a = score(100, 353, 353, 353, 353, 353, 353, 353, 353, 355);
        assertThat(a.ikm()).contains(new BigDecimal("88.31"));
        assertThat(a.grade()).contains(SkmGrade.A);
        // Σ totals 3178: 88.2777… → 88.28, B
        IkmScore b = score(100, 353, 353, 353, 353, 353, 353, 353, 353, 354);
        assertThat(b.ikm()).contains(new BigDecimal("88.28"));
        assertThat(b.grade()).contains(SkmGrade.B);
        // 1000 respondents, Σ totals 27578: 76.6055… → 76.61, B; 27577: 76.6027… → 76.60, C
        assertThat(score(1000, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3066).grade()).contains(SkmGrade.B);
        assertThat(score(1000, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3065).ikm())
                .contains(new BigDecimal("76.60"));
        assertThat(score(1000, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3064, 3065).grade()).contains(SkmGrade.C);
        // 9 × 1000 answers, Σ totals 23400: exactly 65.00, C; 23399: 64.9972… → 65.00, C; 23398: 64.99, D
        assertThat(score(1000, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2600).ikm())
                .contains(new BigDecimal("65.00"));
        assertThat(score(1000, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2599).grade()).contains(SkmGrade.C);
        assertThat(score(1000, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2598).ikm())
                .contains(new BigDecimal("64.99"));
        assertThat(score(1000, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2600, 2598).grade()).contains(SkmGrade.D);
    }

    @Test
    void a_tally_outside_one_to_four_per_answer_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IkmScore.Tally(2, 9))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new IkmScore.Tally(2, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(new IkmScore.Tally(0, 0))).contains(IkmScore.Tally.NONE);
    }
}
