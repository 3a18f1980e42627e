package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RaterPseudonymsTest {

    private static final byte[] KEY = "a-test-key-of-enough-length-32b!".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_hmac_is_hmac_sha256_as_in_rfc_4231() {
        assertThat(RaterPseudonyms.hmacHex("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void a_pseudonym_is_the_hmac_of_rater_colon_period() {
        assertThat(RaterPseudonyms.pseudonym(KEY, 42, 7)).isEqualTo(RaterPseudonyms.hmacHex(KEY, "42:7"))
                .hasSize(64).matches("[0-9a-f]{64}").doesNotContain("42:");
    }

    @Test
    void a_pseudonym_is_stable_within_a_period_and_differs_across_raters_periods_and_keys() {
        String pseudonym = RaterPseudonyms.pseudonym(KEY, 42, 7);
        assertThat(RaterPseudonyms.pseudonym(KEY, 42, 7)).isEqualTo(pseudonym);
        assertThat(RaterPseudonyms.pseudonym(KEY, 43, 7)).isNotEqualTo(pseudonym);
        assertThat(RaterPseudonyms.pseudonym(KEY, 42, 8)).isNotEqualTo(pseudonym);
        assertThat(RaterPseudonyms.pseudonym(KEY, 4, 27)).as("no ambiguity between 42:7 and 4:27").isNotEqualTo(pseudonym);
        assertThat(RaterPseudonyms.pseudonym("another-key-another-key-another!".getBytes(StandardCharsets.UTF_8), 42, 7))
                .isNotEqualTo(pseudonym);
    }
}
