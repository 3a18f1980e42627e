package id.kinerja.followup;

/** Why a recognition cannot be recorded; each has its text in bot-scripts. */
public enum RecognitionRefusal {
    /** The one recording is not the employee's supervisor, or the employee is gone. */
    NOT_SUPERVISOR,
    /** The evaluation of that period is not (or no longer) Sangat Baik. */
    NOT_SANGAT_BAIK,
    /** A recognition of that period exists already. */
    ALREADY_RECORDED,
    /** The note is empty, too long or holds a hidden character. */
    BAD_NOTE;

    public String textKey() {
        return "recognition.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
