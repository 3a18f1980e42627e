package id.kinerja.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Coaching after a low predicate: {@code dateButtons} working days offered as buttons when planning;
 * {@code escalateAfterWorkingDays}: a low predicate still without a plan, or a planned day passed without an
 * outcome, this many working days later goes to the supervisor's own supervisor; {@code tickCron}: how often
 * reminders and escalations are looked for (Quartz cron, calendar zone; they go out from the prompt hour of
 * {@code kinerja.reminders.prompt-time}); {@code enabled = false} stops the scheduled work.
 */
@ConfigurationProperties("kinerja.coaching")
record CoachingProperties(
        @DefaultValue("5") int dateButtons,
        @DefaultValue("3") int escalateAfterWorkingDays,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 0/5 * * * ?") String tickCron) {

    CoachingProperties {
        if (dateButtons < 1 || dateButtons > 10) {
            throw new IllegalArgumentException("kinerja.coaching.date-buttons must be between 1 and 10");
        }
        if (escalateAfterWorkingDays < 1) {
            throw new IllegalArgumentException("kinerja.coaching.escalate-after-working-days must be at least 1");
        }
    }
}
