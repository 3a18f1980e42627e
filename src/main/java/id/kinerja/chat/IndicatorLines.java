package id.kinerja.chat;

import id.kinerja.appraisal.Direction;
import id.kinerja.appraisal.IndicatorResult;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/** Indicator lines with target, realisation and achievement, as /skor and the evaluation card show them. */
final class IndicatorLines {

    private IndicatorLines() {}

    static void appendTo(List<String> lines, Turn turn, List<IndicatorResult> indicators) {
        lines.add(turn.text("score.indicators_title"));
        if (indicators.isEmpty()) {
            lines.add(turn.text("score.no_indicators"));
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(turn.language().locale());
        numbers.setMaximumFractionDigits(2);
        for (IndicatorResult indicator : indicators) {
            lines.add(line(turn, indicator, numbers));
        }
    }

    private static String line(Turn turn, IndicatorResult indicator, NumberFormat numbers) {
        if (indicator.realisation() == null) {
            return turn.text("score.indicator_pending", "name", indicator.name(),
                    "target", numbers.format(indicator.target()), "unit", indicator.unitOfMeasure());
        }
        String key = indicator.direction() == Direction.LOWER_IS_BETTER ? "score.indicator_lower" : "score.indicator";
        return turn.text(key, "name", indicator.name(), "target", numbers.format(indicator.target()),
                "realisation", numbers.format(indicator.realisation()), "unit", indicator.unitOfMeasure(),
                "achievement", indicator.achievementPercent().map(p -> percent(p, turn)).orElse("–"));
    }

    private static String percent(BigDecimal value, Turn turn) {
        NumberFormat format = NumberFormat.getNumberInstance(turn.language().locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "%";
    }
}
