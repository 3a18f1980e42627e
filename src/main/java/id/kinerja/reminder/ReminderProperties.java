package id.kinerja.reminder;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When supervisors are prompted (docs/SPEC.md §2.3): at {@code promptTime} (calendar zone) on the working
 * days that are {@code offsetsWorkingDays} before the deadline (0 = the deadline), daily once
 * overdue, and with an escalation to their own supervisor on the working day the delay reaches
 * {@code escalateAfterOverdueWorkingDays}. {@code tickCron} is how often the planner looks
 * (Quartz cron, calendar zone); {@code enabled = false} stops the scheduled planning.
 */
@ConfigurationProperties("kinerja.reminders")
record ReminderProperties(
        @DefaultValue("08:00") LocalTime promptTime,
        @DefaultValue({"7", "3", "1", "0"}) List<Integer> offsetsWorkingDays,
        @DefaultValue("2") int escalateAfterOverdueWorkingDays,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0/5 * * * ?") String tickCron) {

    public ReminderProperties {
        offsetsWorkingDays = List.copyOf(offsetsWorkingDays);
        if (offsetsWorkingDays.stream().anyMatch(offset -> offset < 0)) {
            throw new IllegalArgumentException("kinerja.reminders.offsets-working-days must not be negative: "
                    + offsetsWorkingDays);
        }
        if (escalateAfterOverdueWorkingDays < 1) {
            throw new IllegalArgumentException("kinerja.reminders.escalate-after-overdue-working-days must be at least 1");
        }
    }

    /** The defaults of docs/SPEC.md §2.3. */
    public static ReminderProperties defaults() {
        return new ReminderProperties(LocalTime.of(8, 0), List.of(7, 3, 1, 0), 2, true, "0 0/5 * * * ?");
    }
}
