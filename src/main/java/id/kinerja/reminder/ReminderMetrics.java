package id.kinerja.reminder;

import id.kinerja.calendar.WorkingCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reminders due vs sent today (calendar zone): gauges {@code kinerja.reminders.today} with
 * state=due (prompts and escalations queued for today's slots) and state=sent (of those, delivered).
 * A gap that stays open after the prompt hour means the outbox is stuck or recipients are unreachable.
 */
@Component
class ReminderMetrics {

    private static final Duration CACHE = Duration.ofSeconds(5);
    private static final String[] KINDS = Arrays.stream(PromptKind.values()).map(Enum::name).toArray(String[]::new);

    private record Today(long due, long sent) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private volatile Today today = new Today(0, 0);
    private volatile Instant readAt = Instant.MIN;

    ReminderMetrics(JdbcClient jdbc, Clock clock, WorkingCalendar calendar, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = calendar.zone();
        Gauge.builder("kinerja.reminders.today", this, m -> m.today().due()).tag("state", "due")
                .description("Reminder slots queued for today").register(registry);
        Gauge.builder("kinerja.reminders.today", this, m -> m.today().sent()).tag("state", "sent")
                .description("Reminder slots of today already delivered").register(registry);
    }

    private Today today() {
        Instant now = clock.instant();
        if (readAt.plus(CACHE).isBefore(now)) {
            Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
            today = jdbc.sql("""
                            select count(*) as due, count(*) filter (where status = 'SENT') as sent
                              from outbox_message where kind = any(?) and created_at >= ?""")
                    .params(KINDS, Timestamp.from(midnight))
                    .query((rs, n) -> new Today(rs.getLong("due"), rs.getLong("sent"))).single();
            readAt = now;
        }
        return today;
    }
}
