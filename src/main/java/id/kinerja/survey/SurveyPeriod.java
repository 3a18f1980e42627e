package id.kinerja.survey;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/**
 * A reporting period of the survey: a month, quarter, semester or year, as a range of days (both ends
 * included). Its label is built from bot-scripts/ by the caller.
 */
public record SurveyPeriod(Kind kind, LocalDate first, LocalDate last) {

    public enum Kind { MONTH, QUARTER, SEMESTER, YEAR }

    /** The period of this kind that contains the day. */
    public static SurveyPeriod containing(Kind kind, LocalDate day) {
        LocalDate first = switch (kind) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case SEMESTER -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
        };
        LocalDate next = switch (kind) {
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
            case SEMESTER -> first.plusMonths(6);
            case YEAR -> first.plusYears(1);
        };
        return new SurveyPeriod(kind, first, next.minusDays(1));
    }

    /** The period just before this one. */
    public SurveyPeriod previous() {
        return containing(kind, first.minusDays(1));
    }

    /** 1-based number within the year: month 1–12, quarter 1–4, semester 1–2, year 1. */
    public int number() {
        return switch (kind) {
            case MONTH -> first.getMonthValue();
            case QUARTER -> first.get(IsoFields.QUARTER_OF_YEAR);
            case SEMESTER -> first.getMonthValue() <= 6 ? 1 : 2;
            case YEAR -> 1;
        };
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /**
     * Parses a period as the command line names it: {@code 2026}, {@code 2026-S2}, {@code 2026-Q4},
     * {@code 2026-11}. Throws IllegalArgumentException with the accepted forms otherwise.
     */
    public static SurveyPeriod parse(String text) {
        String value = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            if (value.matches("\\d{4}")) {
                return containing(Kind.YEAR, LocalDate.of(Integer.parseInt(value), 1, 1));
            }
            if (value.matches("\\d{4}-S[12]")) {
                return containing(Kind.SEMESTER, LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                        value.charAt(6) == '1' ? 1 : 7, 1));
            }
            if (value.matches("\\d{4}-Q[1-4]")) {
                return containing(Kind.QUARTER, LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                        (value.charAt(6) - '1') * 3 + 1, 1));
            }
            if (value.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                return containing(Kind.MONTH, LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                        Integer.parseInt(value.substring(5)), 1));
            }
        } catch (java.time.DateTimeException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("not a period: \"" + text + "\" (use 2026, 2026-S2, 2026-Q4 or 2026-11)");
    }

    /** The command line's name of it, the form {@link #parse} reads. */
    public String code() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", first.getYear(), first.getMonthValue());
            case QUARTER -> first.getYear() + "-Q" + number();
            case SEMESTER -> first.getYear() + "-S" + number();
            case YEAR -> String.valueOf(first.getYear());
        };
    }
}
