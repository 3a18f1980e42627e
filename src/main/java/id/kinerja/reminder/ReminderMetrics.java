package id.kinerja.reminder;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.outbox.Outbox;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reminders due vs sent today (calendar zone): gauges {@code kinerja.reminders.today} with
 * state=due (prompts and escalations queued for today's slots) and state=sent (of those, delivered).
 * A gap that stays open after the prompt hour means the outbox is stuck or recipients are unreachable.
 */
@Component
class ReminderMetrics {

    private static final Duration CACHE = Duration.ofSeconds(5);
    private static final List<String> KINDS = Arrays.stream(PromptKind.values()).map(Enum::name).toList();

    private record Today(long due, long sent) {}

    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private volatile Today today = new Today(0, 0);
    private volatile Instant readAt = Instant.MIN;

    ReminderMetrics(Outbox outbox, Clock clock, WorkingCalendar calendar, MeterRegistry registry) {
        this.outbox = outbox;
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
            Outbox.QueuedAndSent counts = outbox.queuedAndSentSince(KINDS, midnight);
            today = new Today(counts.queued(), counts.sent());
            readAt = now;
        }
        return today;
    }
}
