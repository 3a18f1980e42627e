package id.kinerja.appraisal;

/** Why an evaluation step may not go on. */
public enum EvaluationRefusal {
    NOT_ALLOWED, PERIOD_CLOSED, UNKNOWN
}
