package id.kinerja.appraisal;

/** Why an evaluation step may not go on. */
public enum EvaluationRefusal {
    NOT_ALLOWED, PERIOD_CLOSED, UNKNOWN,
    /** An objection to the evaluation is open: only its decision may change it. */
    UNDER_OBJECTION,
    /** An objection to the evaluation was decided: the decision is final. */
    DECIDED_BY_OBJECTION
}
