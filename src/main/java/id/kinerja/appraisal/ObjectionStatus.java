package id.kinerja.appraisal;

import java.util.Locale;

/** Where an objection stands: open until decided; a decision keeps the result or changes it, and is final. */
public enum ObjectionStatus {
    OPEN, KEPT, CHANGED;

    public String textKey() {
        return "objection.status_" + name().toLowerCase(Locale.ROOT);
    }
}
