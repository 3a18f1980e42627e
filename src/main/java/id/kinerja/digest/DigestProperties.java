package id.kinerja.digest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the weekly digest goes out, in the calendar's zone (WIB): {@code kinerja.digest.day} (MONDAY) at
 * {@code kinerja.digest.time} (08:00); {@code enabled} false stops it.
 */
@ConfigurationProperties("kinerja.digest")
record DigestProperties(Boolean enabled, DayOfWeek day, LocalTime time) {

    DigestProperties {
        enabled = enabled == null || enabled;
        day = day == null ? DayOfWeek.MONDAY : day;
        time = time == null ? LocalTime.of(8, 0) : time;
    }

    /** The Quartz cron of that day and time, e.g. {@code 0 0 8 ? * MON}. */
    String cron() {
        return time.getSecond() + " " + time.getMinute() + " " + time.getHour() + " ? * "
                + day.name().substring(0, 3).toUpperCase(Locale.ROOT);
    }
}
