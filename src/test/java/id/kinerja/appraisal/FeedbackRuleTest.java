package id.kinerja.appraisal;

import static id.kinerja.appraisal.Rating.BELOW;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackRuleTest {

    @Test
    void feedback_is_required_with_a_below_and_optional_otherwise() {
        assertThat(FeedbackRule.problem(null, BELOW, MEETS)).get().extracting(FeedbackRule.Problem::kind)
                .isEqualTo(FeedbackRule.Problem.Kind.REQUIRED);
        assertThat(FeedbackRule.problem(FeedbackRule.normalise("  \r\n "), MEETS, BELOW)).isPresent();
        assertThat(FeedbackRule.problem(null, MEETS, MEETS)).isEmpty();
    }

    @Test
    void at_most_two_thousand_characters_counted_as_people_count_them() {
        assertThat(FeedbackRule.problem("x".repeat(2000), MEETS, MEETS)).isEmpty();
        assertThat(FeedbackRule.problem("😀".repeat(2000), MEETS, MEETS)).as("an emoji is one character").isEmpty();
        assertThat(FeedbackRule.problem("x".repeat(2001), MEETS, MEETS)).get()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(FeedbackRule.Problem.Kind.TOO_LONG))
                .satisfies(p -> assertThat(p.length()).isEqualTo(2001));
    }

    @Test
    void line_breaks_and_tabs_are_fine_other_control_characters_are_not() {
        assertThat(FeedbackRule.normalise("Baris satu\r\nBaris dua\rtiga\t.")).isEqualTo("Baris satu\nBaris dua\ntiga\t.");
        assertThat(FeedbackRule.problem("Baris satu\nBaris\tdua", MEETS, MEETS)).isEmpty();
        for (String bad : new String[] {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\ud800b"}) {
            assertThat(FeedbackRule.problem(bad, MEETS, MEETS)).as(bad).get()
                    .satisfies(p -> assertThat(p.kind()).isEqualTo(FeedbackRule.Problem.Kind.CONTROL_CHARACTER));
        }
        assertThat(FeedbackRule.problem("a\u0000b", MEETS, MEETS).orElseThrow().character()).isEqualTo("U+0000");
    }
}
