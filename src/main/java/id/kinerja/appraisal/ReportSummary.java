package id.kinerja.appraisal;

import java.util.List;
import java.util.Optional;

/** What a supervisor sees before rating a report: indicators, last predicate, the current evaluation. */
public record ReportSummary(long employeeId, String name, String position, Period period,
                            List<IndicatorResult> indicators, Optional<ScoreCard.TrendPoint> previous,
                            Optional<EvaluationResult> current) {}
