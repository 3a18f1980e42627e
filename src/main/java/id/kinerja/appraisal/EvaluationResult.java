package id.kinerja.appraisal;

/** A supervisor's evaluation as the evaluated employee sees it. */
public record EvaluationResult(Rating workResult, Rating behaviour, Predicate predicate, String feedback,
                               String evaluatorName) {}
