package id.kinerja.appraisal;

import java.util.List;
import java.util.Optional;

/** What /skor shows: the latest period with data, and the trend over recent periods (oldest first). */
public record ScoreCard(Period period, Optional<EvaluationResult> evaluation, List<IndicatorResult> indicators,
                        List<TrendPoint> trend) {

    public record TrendPoint(String periodCode, PeriodName periodName, Predicate predicate) {}
}
