package id.kinerja.followup;

import id.kinerja.calendar.WorkingCalendar;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The day of a coaching session: a working day (the office's calendar), today or later. Offered as buttons for the
 * next working days, or typed as {@code dd-mm-yyyy} (also with "/" or ".") or {@code yyyy-mm-dd}.
 */
@Component
public class CoachingDates {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** What a typed or tapped day is worth. */
    public sealed interface Check {
        record Valid(LocalDate date) implements Check {}
        record NotADate() implements Check {}
        record Past(LocalDate date) implements Check {}
        record NotWorkingDay(LocalDate date) implements Check {}
        /** Later than a year ahead: most likely a typing error. */
        record TooFar(LocalDate date) implements Check {}
    }

    private final WorkingCalendar calendar;
    private final CoachingProperties properties;
    private final Clock clock;

    CoachingDates(WorkingCalendar calendar, CoachingProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    /** The working days offered as buttons: today when it is one, then the next ones. */
    public List<LocalDate> options() {
        return options(today(), properties.dateButtons(), calendar);
    }

    public Check check(String typed) {
        return check(typed, today(), calendar);
    }

    public Check check(LocalDate date) {
        return check(date, today(), calendar);
    }

    static List<LocalDate> options(LocalDate today, int count, WorkingCalendar calendar) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
        while (days.size() < count) {
            days.add(day);
            day = calendar.nextWorkingDay(day);
        }
        return days;
    }

    static Check check(String typed, LocalDate today, WorkingCalendar calendar) {
        String text = typed == null ? "" : typed.trim();
        Matcher dayFirst = DAY_FIRST.matcher(text);
        Matcher yearFirst = YEAR_FIRST.matcher(text);
        try {
            if (dayFirst.matches()) {
                return check(LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1))), today, calendar);
            }
            if (yearFirst.matches()) {
                return check(LocalDate.of(Integer.parseInt(yearFirst.group(1)), Integer.parseInt(yearFirst.group(2)),
                        Integer.parseInt(yearFirst.group(3))), today, calendar);
            }
        } catch (DateTimeException impossible) {
            // 31-02-2026 and the like
        }
        return new Check.NotADate();
    }

    static Check check(LocalDate date, LocalDate today, WorkingCalendar calendar) {
        if (date.isBefore(today)) {
            return new Check.Past(date);
        }
        if (date.isAfter(today.plusYears(1))) {
            return new Check.TooFar(date);
        }
        if (!calendar.isWorkingDay(date)) {
            return new Check.NotWorkingDay(date);
        }
        return new Check.Valid(date);
    }
}
