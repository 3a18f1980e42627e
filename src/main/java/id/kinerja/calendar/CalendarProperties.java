package id.kinerja.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The office's working calendar (docs/DOMAIN.md §6): time zone, working days, the public holidays and
 * cuti bersama files (one per year, editable by HR), and the quiet hours in which nothing is sent.
 */
@ConfigurationProperties("kinerja.calendar")
public record CalendarProperties(ZoneId zone, Set<DayOfWeek> workingDays, Path holidaysDir, LocalTime quietStart,
                                 LocalTime quietEnd) {

    public CalendarProperties {
        zone = zone == null ? ZoneId.of("Asia/Jakarta") : zone;
        workingDays = workingDays == null || workingDays.isEmpty()
                ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : EnumSet.copyOf(workingDays);
        holidaysDir = holidaysDir == null ? Path.of("config", "holidays") : holidaysDir;
        quietStart = quietStart == null ? LocalTime.of(19, 0) : quietStart;
        quietEnd = quietEnd == null ? LocalTime.of(7, 0) : quietEnd;
    }

    /** Whether a local time falls in the quiet hours (which may span midnight). */
    public boolean isQuiet(LocalTime time) {
        return quietStart.isAfter(quietEnd)
                ? !time.isBefore(quietStart) || time.isBefore(quietEnd)
                : !time.isBefore(quietStart) && time.isBefore(quietEnd);
    }
}
