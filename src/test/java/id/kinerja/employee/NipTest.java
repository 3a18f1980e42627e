package id.kinerja.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @Test
    void the_domain_example_is_valid_and_spaces_and_dots_are_stripped() {
        assertThat(Nip.parse("198609262015051001").value()).isEqualTo("198609262015051001");
        assertThat(Nip.parse("19860926 201505 1 001").value()).isEqualTo("198609262015051001");
        assertThat(Nip.parse("19860926.201505.1.001").value()).isEqualTo("198609262015051001");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "19860926201505100 | NIP must be 18 digits",
            "1986092620150510011 | NIP must be 18 digits",
            "19860926201505100A | NIP must be 18 digits",
            "198602302015051001 | not a real birth date",
            "198609262015131001 | not an appointment month",
            "198609262015001001 | not an appointment month",
            "198609261980051001 | not after the birth year",
            "198609262015053001 | digit 15 (sex) must be 1 or 2",
            "198609262015051000 | sequence (digits 16-18) must start from 001"})
    void invalid_pns_numbers_are_refused_with_the_reason(String nip, String reason) {
        assertThat(Nip.problemWith(nip, Nip.Kind.PNS)).hasValueSatisfying(p -> assertThat(p).contains(reason));
        assertThatThrownBy(() -> Nip.parse(nip)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void a_pppk_number_is_not_refused_for_an_impossible_month_in_digits_9_to_14() {
        assertThat(Nip.problemWith("199001012021992001", Nip.Kind.PNS)).isPresent();
        assertThat(Nip.parse("199001012021992001", Nip.Kind.PPPK).value()).isEqualTo("199001012021992001");
        assertThat(Nip.problemWith("199002302021012001", Nip.Kind.PPPK)).isPresent();
    }
}
