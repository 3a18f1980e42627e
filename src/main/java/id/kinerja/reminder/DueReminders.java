package id.kinerja.reminder;

import id.kinerja.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The reminder tick's work for another module that chooses the moment (the playground's clock): plan what is
 * due at an instant, and when the next prompt slot is. The planner itself stays inside this module.
 */
@Component
public class DueReminders {

    private final ReminderPlanner planner;
    private final ReminderProperties properties;
    private final WorkingCalendar calendar;

    DueReminders(ReminderPlanner planner, ReminderProperties properties, WorkingCalendar calendar) {
        this.planner = planner;
        this.properties = properties;
        this.calendar = calendar;
    }

    /** What the tick does at {@code now}: queues the due prompts and escalations; returns how many. */
    public int planAt(Instant now) {
        return planner.planAt(now);
    }

    /** The prompt time (calendar zone) on that day. */
    public ZonedDateTime promptSlotOn(LocalDate day) {
        return day.atTime(properties.promptTime()).atZone(calendar.zone());
    }

    /** The next prompt slot after {@code now}: today's if still ahead and a working day, else the next working day's. */
    public ZonedDateTime nextPromptSlot(Instant now) {
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        ZonedDateTime todays = promptSlotOn(today);
        if (calendar.isWorkingDay(today) && todays.toInstant().isAfter(now)) {
            return todays;
        }
        return promptSlotOn(calendar.nextWorkingDay(today));
    }
}
