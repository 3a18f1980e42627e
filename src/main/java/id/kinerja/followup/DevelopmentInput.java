package id.kinerja.followup;

import id.kinerja.text.ControlCharacters;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what an employee types for a development activity: the one place for its limits. A problem is the key of
 * a text in bot-scripts ({@code development.*}) with its arguments, so the chat can say exactly what is wrong.
 */
public final class DevelopmentInput {

    public static final int MAX_TEXT = 200;
    /** More than 200 JP (150 hours) in one activity is a typing mistake rather than a course. */
    public static final int MAX_JP = 200;
    /** An activity spans at most a year. */
    public static final int MAX_DAYS = 366;

    private static final Pattern NUMBER = Pattern.compile("([+-]?)(\\d{1,12})(?:[.,](\\d{1,6}))?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private DevelopmentInput() {}

    /** A value read, or the text key of why it could not be (with its name/value arguments). */
    public record Read<T>(Optional<T> value, String problem, Object[] args) {

        static <T> Read<T> ok(T value) {
            return new Read<>(Optional.of(value), null, new Object[0]);
        }

        static <T> Read<T> refused(String problem, Object... args) {
            return new Read<>(Optional.empty(), problem, args);
        }

        public boolean isOk() {
            return value.isPresent();
        }
    }

    /** A title or an organiser: one line, not empty, at most {@value #MAX_TEXT} characters. */
    public static Read<String> text(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return Read.refused("development.text_empty");
        }
        OptionalInt hidden = ControlCharacters.inLine(text);
        if (hidden.isPresent()) {
            return Read.refused("development.text_hidden_character", "character",
                    ControlCharacters.name(hidden.getAsInt()));
        }
        int length = text.codePointCount(0, text.length());
        if (length > MAX_TEXT) {
            return Read.refused("development.text_too_long", "max", MAX_TEXT, "length", length);
        }
        return Read.ok(text);
    }

    /** JP as a whole number from 1 to {@value #MAX_JP}; "8", "8 JP" and "8,0" are 8. */
    public static Read<Integer> jp(String raw) {
        String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (text.endsWith("jp")) {
            text = text.substring(0, text.length() - 2).strip();
        }
        Matcher number = NUMBER.matcher(text);
        if (!number.matches()) {
            return Read.refused("development.jp_not_number", "max", MAX_JP);
        }
        BigDecimal value = new BigDecimal(number.group(1) + number.group(2)
                + (number.group(3) == null ? "" : "." + number.group(3)));
        if (value.signum() <= 0) {
            return Read.refused("development.jp_not_positive", "max", MAX_JP);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return Read.refused("development.jp_not_whole");
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_JP)) > 0) {
            return Read.refused("development.jp_too_many", "max", MAX_JP);
        }
        return Read.ok(value.intValueExact());
    }

    /**
     * A start date typed as dd-mm-yyyy (also with / or .), not after today and not before the first of January of
     * last year (an activity of last year may still be recorded early in this one).
     */
    public static Read<LocalDate> start(String raw, LocalDate today) {
        return date(raw, today);
    }

    /** An end date: as {@link #start}, not before the start, at most {@value #MAX_DAYS} days after it. */
    public static Read<LocalDate> end(String raw, LocalDate start, LocalDate today) {
        Read<LocalDate> end = date(raw, today);
        if (!end.isOk()) {
            return end;
        }
        if (end.value().get().isBefore(start)) {
            return Read.refused("development.end_before_start", "start", start);
        }
        if (ChronoUnit.DAYS.between(start, end.value().get()) >= MAX_DAYS) {
            return Read.refused("development.span_too_long", "max", MAX_DAYS);
        }
        return end;
    }

    /** The earliest start date accepted on {@code today}. */
    public static LocalDate earliest(LocalDate today) {
        return LocalDate.of(today.getYear() - 1, 1, 1);
    }

    private static Read<LocalDate> date(String raw, LocalDate today) {
        Matcher matcher = DATE.matcher(raw == null ? "" : raw.strip());
        if (!matcher.matches()) {
            return Read.refused("development.date_format");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        } catch (DateTimeException e) {
            return Read.refused("development.date_invalid", "date", raw.strip());
        }
        if (date.isAfter(today)) {
            return Read.refused("development.date_future", "today", today);
        }
        if (date.isBefore(earliest(today))) {
            return Read.refused("development.date_too_old", "earliest", earliest(today));
        }
        return Read.ok(date);
    }
}
