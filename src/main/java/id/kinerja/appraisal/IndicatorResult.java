package id.kinerja.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** An indicator of one employee in one period, with its achievement. */
public record IndicatorResult(
        String name, BigDecimal target, String unitOfMeasure, BigDecimal realisation, Direction direction,
        BigDecimal weight) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Achievement in percent, one decimal: realisation / target for higher-is-better, target /
     * realisation for lower-is-better (a realisation of 0 there meets the target fully: 100%).
     * Empty when there is no realisation yet or the ratio is undefined.
     */
    public Optional<BigDecimal> achievementPercent() {
        if (realisation == null) {
            return Optional.empty();
        }
        if (direction == Direction.HIGHER_IS_BETTER) {
            return target.signum() == 0 ? Optional.empty() : Optional.of(percent(realisation, target));
        }
        return realisation.signum() == 0 ? Optional.of(HUNDRED.setScale(1)) : Optional.of(percent(target, realisation));
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, 1, RoundingMode.HALF_UP);
    }
}
