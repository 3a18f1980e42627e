package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {

    private static IndicatorResult indicator(String target, String realisation, Direction direction) {
        return new IndicatorResult("x", new BigDecimal(target), "u",
                realisation == null ? null : new BigDecimal(realisation), direction, BigDecimal.ONE);
    }

    @Test
    void higher_is_better_achievement_is_realisation_over_target() {
        assertThat(indicator("200", "190", Direction.HIGHER_IS_BETTER).achievementPercent()).contains(new BigDecimal("95.0"));
        assertThat(indicator("3", "1", Direction.HIGHER_IS_BETTER).achievementPercent()).contains(new BigDecimal("33.3"));
    }

    @Test
    void lower_is_better_achievement_is_target_over_realisation() {
        assertThat(indicator("3", "2", Direction.LOWER_IS_BETTER).achievementPercent()).contains(new BigDecimal("150.0"));
        assertThat(indicator("3", "6", Direction.LOWER_IS_BETTER).achievementPercent()).contains(new BigDecimal("50.0"));
        assertThat(indicator("3", "0", Direction.LOWER_IS_BETTER).achievementPercent()).contains(new BigDecimal("100.0"));
    }

    @Test
    void no_realisation_or_a_zero_target_has_no_achievement() {
        assertThat(indicator("3", null, Direction.HIGHER_IS_BETTER).achievementPercent()).isEmpty();
        assertThat(indicator("0", "4", Direction.HIGHER_IS_BETTER).achievementPercent()).isEmpty();
    }

    @Test
    void directions_parse_from_long_and_short_forms() {
        assertThat(Direction.parse("lower-is-better")).contains(Direction.LOWER_IS_BETTER);
        assertThat(Direction.parse("HIGHER")).contains(Direction.HIGHER_IS_BETTER);
        assertThat(Direction.parse("sideways")).isEmpty();
    }
}
