package id.kinerja.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Working days of the office: the configured weekdays minus the public holidays and cuti bersama
 * days in {@code <holidaysDir>/<year>.yml}. Each year's file is read on first use and kept; a year
 * without a file has no holidays. Working-day arithmetic never counts the starting day.
 */
@Component
public class WorkingCalendar {

    private final CalendarProperties properties;
    private final Map<Integer, Map<LocalDate, Holiday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingCalendar(CalendarProperties properties) {
        this.properties = properties;
    }

    public ZoneId zone() {
        return properties.zone();
    }

    public boolean isWorkingDay(LocalDate date) {
        return properties.workingDays().contains(date.getDayOfWeek()) && holiday(date).isEmpty();
    }

    /** The public holiday or cuti bersama day on that date, if it is one. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
    }

    /** The first working day after the date. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The last working day before the date. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The date itself when it is a working day, else the last working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        return isWorkingDay(date) ? date : previousWorkingDay(date);
    }

    /** The n-th working day after the date (the date itself for n = 0). */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return minusWorkingDays(date, -n);
        }
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** The n-th working day before the date (the date itself for n = 0). */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            return plusWorkingDays(date, -n);
        }
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = previousWorkingDay(day);
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * before {@code from}. So from today to the deadline it is the working days left, and from the
     * deadline to today the working days overdue.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, Holiday> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> HolidayFile.read(fileFor(y), y));
    }

    private Path fileFor(int year) {
        return properties.holidaysDir().resolve(year + ".yml");
    }
}
