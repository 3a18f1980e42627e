package id.kinerja.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void accepts_dot_and_indonesian_comma() {
        assertThat(Decimals.parse("12.5")).contains(new BigDecimal("12.5"));
        assertThat(Decimals.parse(" 12,5 ")).contains(new BigDecimal("12.5"));
        assertThat(Decimals.parse("100")).contains(new BigDecimal("100"));
    }

    @Test
    void refuses_thousands_separators_and_text() {
        assertThat(Decimals.parse("1.234,5")).isEmpty();
        assertThat(Decimals.parse("12 hari")).isEmpty();
        assertThat(Decimals.parse("")).isEmpty();
    }
}
