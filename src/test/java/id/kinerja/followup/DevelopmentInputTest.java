package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.employee.Nip;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DevelopmentInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void jp_is_a_whole_number_from_one_to_two_hundred_with_or_without_the_unit() {
        assertThat(DevelopmentInput.jp("8").value()).contains(8);
        assertThat(DevelopmentInput.jp(" 8 JP ").value()).contains(8);
        assertThat(DevelopmentInput.jp("8jp").value()).contains(8);
        assertThat(DevelopmentInput.jp("8,0").value()).contains(8);
        assertThat(DevelopmentInput.jp("1").value()).contains(1);
        assertThat(DevelopmentInput.jp("200").value()).contains(200);
    }

    @Test
    void jp_refuses_zero_negatives_fractions_absurd_values_and_words_each_with_its_reason() {
        assertThat(DevelopmentInput.jp("0").problem()).isEqualTo("development.jp_not_positive");
        assertThat(DevelopmentInput.jp("-3").problem()).isEqualTo("development.jp_not_positive");
        assertThat(DevelopmentInput.jp("2,5").problem()).isEqualTo("development.jp_not_whole");
        assertThat(DevelopmentInput.jp("2.25").problem()).isEqualTo("development.jp_not_whole");
        assertThat(DevelopmentInput.jp("201").problem()).isEqualTo("development.jp_too_many");
        assertThat(DevelopmentInput.jp("999999999999").problem()).isEqualTo("development.jp_too_many");
        assertThat(DevelopmentInput.jp("delapan").problem()).isEqualTo("development.jp_not_number");
        assertThat(DevelopmentInput.jp("").problem()).isEqualTo("development.jp_not_number");
        assertThat(DevelopmentInput.jp("1e3").problem()).isEqualTo("development.jp_not_number");
        assertThat(DevelopmentInput.jp(null).isOk()).isFalse();
    }

    @Test
    void dates_are_day_month_year_not_in_the_future_nor_before_last_year() {
        assertThat(DevelopmentInput.start("03-11-2026", TODAY).value()).contains(LocalDate.of(2026, 11, 3));
        assertThat(DevelopmentInput.start("3/11/2026", TODAY).value()).contains(LocalDate.of(2026, 11, 3));
        assertThat(DevelopmentInput.start("02.12.2026", TODAY).value()).contains(TODAY);
        assertThat(DevelopmentInput.start("01-01-2025", TODAY).value()).contains(LocalDate.of(2025, 1, 1));
        assertThat(DevelopmentInput.start("2026-11-03", TODAY).problem()).isEqualTo("development.date_format");
        assertThat(DevelopmentInput.start("kemarin", TODAY).problem()).isEqualTo("development.date_format");
        assertThat(DevelopmentInput.start("31-02-2026", TODAY).problem()).isEqualTo("development.date_invalid");
        assertThat(DevelopmentInput.start("03-12-2026", TODAY).problem()).isEqualTo("development.date_future");
        assertThat(DevelopmentInput.start("31-12-2024", TODAY).problem()).isEqualTo("development.date_too_old");
    }

    @Test
    void the_end_is_on_or_after_the_start_and_within_a_year_of_it() {
        LocalDate start = LocalDate.of(2026, 11, 3);
        assertThat(DevelopmentInput.end("03-11-2026", start, TODAY).value()).contains(start);
        assertThat(DevelopmentInput.end("02-11-2026", start, TODAY).problem()).isEqualTo("development.end_before_start");
        assertThat(DevelopmentInput.end("01-12-2026", LocalDate.of(2025, 11, 30), TODAY).problem())
                .isEqualTo("development.span_too_long");
    }

    @Test
    void a_title_is_one_non_empty_line_of_at_most_two_hundred_characters() {
        assertThat(DevelopmentInput.text("  Webinar SPBE  ").value()).contains("Webinar SPBE");
        assertThat(DevelopmentInput.text("x".repeat(200)).isOk()).isTrue();
        assertThat(DevelopmentInput.text("x".repeat(201)).problem()).isEqualTo("development.text_too_long");
        assertThat(DevelopmentInput.text("   ").problem()).isEqualTo("development.text_empty");
        assertThat(DevelopmentInput.text("a\u0000b").problem()).isEqualTo("development.text_hidden_character");
        assertThat(DevelopmentInput.text("a\u001fb").problem()).isEqualTo("development.text_hidden_character");
    }

    @Test
    void the_target_is_the_pns_one_unless_the_employee_is_a_pppk() {
        DevelopmentProperties.TargetJp targets = new DevelopmentProperties.TargetJp(20, 12);
        assertThat(DevelopmentTarget.of(Nip.Kind.PNS, targets)).isEqualTo(20);
        assertThat(DevelopmentTarget.of(Nip.Kind.PPPK, targets)).isEqualTo(12);
        assertThat(new DevelopmentStanding(2026, 8, 20, 1).missingJp()).isEqualTo(12);
        assertThat(new DevelopmentStanding(2026, 8, 20, 1).belowTarget()).isTrue();
        assertThat(new DevelopmentStanding(2026, 24, 20, 3).belowTarget()).isFalse();
        assertThat(new DevelopmentStanding(2026, 24, 20, 3).missingJp()).isZero();
    }
}
