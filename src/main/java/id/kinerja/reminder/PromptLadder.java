package id.kinerja.reminder;

import id.kinerja.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which prompts a deadline calls for on a given day. Days are counted in working days:
 * a reminder is due when the working days left ({@link WorkingCalendar#workingDaysBetween} from
 * today to the deadline) is one of the offsets — so offset 0 is the deadline itself, or the last
 * working day before it when the deadline is not a working day; overdue on every working day after
 * the deadline; escalation on the working day the overdue count reaches the threshold.
 */
class PromptLadder {

    private final WorkingCalendar calendar;
    private final ReminderProperties properties;

    public PromptLadder(WorkingCalendar calendar, ReminderProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    public Step on(LocalDate due, LocalDate today) {
        if (!calendar.isWorkingDay(today)) {
            return new Step(EnumSet.noneOf(PromptKind.class), 0, 0);
        }
        if (!today.isAfter(due)) {
            int left = calendar.workingDaysBetween(today, due);
            Set<PromptKind> kinds = properties.offsetsWorkingDays().contains(left)
                    ? EnumSet.of(PromptKind.REMINDER) : EnumSet.noneOf(PromptKind.class);
            return new Step(kinds, left, 0);
        }
        int overdue = calendar.workingDaysBetween(due, today);
        Set<PromptKind> kinds = EnumSet.of(PromptKind.OVERDUE);
        if (overdue == properties.escalateAfterOverdueWorkingDays()) {
            kinds.add(PromptKind.ESCALATION);
        }
        return new Step(kinds, 0, overdue);
    }

    /**
     * The prompts due on one day, with the working days left before the deadline (0 on the last
     * working day) or the working days overdue (0 until the deadline has passed).
     */
    public record Step(Set<PromptKind> kinds, int workingDaysLeft, int overdueWorkingDays) {

        public Step {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        }

        public boolean has(PromptKind kind) {
            return kinds.contains(kind);
        }

        public boolean isOverdue() {
            return overdueWorkingDays > 0;
        }
    }
}
