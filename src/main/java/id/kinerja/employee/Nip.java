package id.kinerja.employee;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk Pegawai (docs/DOMAIN.md §4): 18 digits. Digits 1–8 are a real birth date, 15 the sex
 * (1 or 2), 16–18 a sequence from 001. For PNS, digits 9–14 are the CPNS appointment year-month,
 * after the birth year; PPPK numbers (NI PPPK) are not checked there.
 */
public record Nip(String value) {

    public Nip {
        problemWith(value, Kind.PPPK).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    public enum Kind { PNS, PPPK }

    /** Parses user or file input (spaces and dots stripped) and checks it for the given kind. */
    public static Nip parse(String raw, Kind kind) {
        String value = normalise(raw);
        problemWith(value, kind).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new Nip(value);
    }

    public static Nip parse(String raw) {
        return parse(raw, Kind.PNS);
    }

    public static String normalise(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.]", "");
    }

    /** What can be wrong with a NIP; the description is for exceptions, people see a text of bot-scripts. */
    public enum Problem {
        NOT_18_DIGITS("NIP must be 18 digits"),
        BIRTH_DATE("NIP digits 1-8 are not a real birth date (yyyymmdd)"),
        APPOINTMENT_MONTH("NIP digits 13-14 are not an appointment month (01-12)"),
        APPOINTMENT_YEAR("NIP appointment year (digits 9-12) is not after the birth year"),
        SEX("NIP digit 15 (sex) must be 1 or 2"),
        SEQUENCE("NIP sequence (digits 16-18) must start from 001");

        private final String description;

        Problem(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** Why the normalised value is not a valid NIP of that kind, or empty if it is one. */
    public static Optional<String> problemWith(String value, Kind kind) {
        return check(value, kind).map(Problem::description);
    }

    /** The first problem of the normalised value as a NIP of that kind, or empty if it is one. */
    public static Optional<Problem> check(String value, Kind kind) {
        if (value == null || !value.matches("\\d{18}")) {
            return Optional.of(Problem.NOT_18_DIGITS);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(digits(value, 0, 4), digits(value, 4, 6), digits(value, 6, 8));
        } catch (DateTimeException e) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        if (kind == Kind.PNS) {
            int month = digits(value, 12, 14);
            if (month < 1 || month > 12) {
                return Optional.of(Problem.APPOINTMENT_MONTH);
            }
            if (digits(value, 8, 12) <= birth.getYear()) {
                return Optional.of(Problem.APPOINTMENT_YEAR);
            }
        }
        char sex = value.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of(Problem.SEX);
        }
        if (digits(value, 15, 18) < 1) {
            return Optional.of(Problem.SEQUENCE);
        }
        return Optional.empty();
    }

    private static int digits(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    @Override
    public String toString() {
        return value;
    }
}
