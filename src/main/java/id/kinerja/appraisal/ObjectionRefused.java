package id.kinerja.appraisal;

/** An objection step refused; nothing was written. */
public class ObjectionRefused extends RuntimeException {

    private final ObjectionRefusal refusal;

    public ObjectionRefused(ObjectionRefusal refusal) {
        super(refusal.name());
        this.refusal = refusal;
    }

    public ObjectionRefusal refusal() {
        return refusal;
    }
}
