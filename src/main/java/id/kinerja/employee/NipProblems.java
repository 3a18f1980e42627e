package id.kinerja.employee;

/** The text of each {@link Nip.Problem}: which digits of a NIP in a file are wrong. */
public final class NipProblems {

    private NipProblems() {}

    public static String key(Nip.Problem problem) {
        return switch (problem) {
            case NOT_18_DIGITS -> "problems.nip_not_18_digits";
            case BIRTH_DATE -> "problems.nip_birth_date";
            case APPOINTMENT_MONTH -> "problems.nip_appointment_month";
            case APPOINTMENT_YEAR -> "problems.nip_appointment_year";
            case SEX -> "problems.nip_sex";
            case SEQUENCE -> "problems.nip_sequence";
        };
    }
}
