package id.kinerja.account;

/** What a correction request is about: a field of the employee record, or something else described in words. */
public enum CorrectionField {
    NAME, NIP, UNIT, POSITION, SUPERVISOR, OTHER;

    /** The text key of its name, under {@code mydata.field}. */
    public String textKey() {
        return "mydata.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
