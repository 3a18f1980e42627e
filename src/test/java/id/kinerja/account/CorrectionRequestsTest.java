package id.kinerja.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorrectionRequestsTest {

    @Test
    void disagreeing_with_a_rating_is_told_from_a_wrong_record() {
        assertThat(CorrectionRequests.looksLikeRatingDisagreement("Saya tidak setuju dengan predikat Butuh Perbaikan")).isTrue();
        assertThat(CorrectionRequests.looksLikeRatingDisagreement("Nilai saya seharusnya lebih tinggi")).isTrue();
        assertThat(CorrectionRequests.looksLikeRatingDisagreement("My score is unfair")).isTrue();
        assertThat(CorrectionRequests.looksLikeRatingDisagreement("Atasan yang menilai saya sudah pindah ke kelurahan lain"))
                .as("a supervisor who rates me is a record").isFalse();
        assertThat(CorrectionRequests.looksLikeRatingDisagreement("Nama tertulis Andi, seharusnya Andy")).isFalse();
    }

    @Test
    void a_step_s_text_is_one_to_five_hundred_characters() {
        assertThat(CorrectionRequests.problem("  ")).contains(CorrectionRequests.TextProblem.EMPTY);
        assertThat(CorrectionRequests.problem(null)).contains(CorrectionRequests.TextProblem.EMPTY);
        assertThat(CorrectionRequests.problem("é".repeat(500))).isEmpty();
        assertThat(CorrectionRequests.problem("x".repeat(501))).contains(CorrectionRequests.TextProblem.TOO_LONG);
    }

    @Test
    void numbers_are_per_year_with_four_digits() {
        assertThat(CorrectionRequest.number(2026, 1)).isEqualTo("KR-2026-0001");
        assertThat(CorrectionRequest.number(2027, 12345)).isEqualTo("KR-2027-12345");
    }
}
