package id.kinerja.appraisal;

/** An evaluation was not written, for the reason given; nothing changed. */
public class EvaluationRefused extends RuntimeException {

    private final EvaluationRefusal refusal;

    public EvaluationRefused(EvaluationRefusal refusal) {
        super("evaluation refused: " + refusal);
        this.refusal = refusal;
    }

    public EvaluationRefusal refusal() {
        return refusal;
    }
}
