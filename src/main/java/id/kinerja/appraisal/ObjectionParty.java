package id.kinerja.appraisal;

/** Whom the decider may ask for a written explanation: the rater, or the employee who objected. */
public enum ObjectionParty {
    RATER, EMPLOYEE;

    public String code() {
        return this == RATER ? "R" : "E";
    }

    public static java.util.Optional<ObjectionParty> ofCode(String code) {
        return switch (code) {
            case "R" -> java.util.Optional.of(RATER);
            case "E" -> java.util.Optional.of(EMPLOYEE);
            default -> java.util.Optional.empty();
        };
    }
}
