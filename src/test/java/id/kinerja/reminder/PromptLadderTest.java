package id.kinerja.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptLadderTest {

    private final WorkingCalendar calendar =
            new WorkingCalendar(new CalendarProperties(null, null, Path.of("config", "holidays"), null, null));
    private final PromptLadder ladder = new PromptLadder(calendar, ReminderProperties.defaults());

    /** Every day from..to with something due, as "kinds left/overdue". */
    private Map<LocalDate, String> walk(PromptLadder ladder, String due, String from, String to) {
        Map<LocalDate, String> days = new LinkedHashMap<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            PromptLadder.Step step = ladder.on(LocalDate.parse(due), d);
            if (!step.kinds().isEmpty()) {
                days.put(d, step.kinds().stream().map(Enum::name).sorted().toList() + " "
                        + step.workingDaysLeft() + "/" + step.overdueWorkingDays());
            }
        }
        return days;
    }

    @Test
    void a_period_due_monday_7_december_2026() {
        assertThat(walk(ladder, "2026-12-07", "2026-11-16", "2026-12-20")).containsExactly(
                Map.entry(LocalDate.parse("2026-11-26"), "[REMINDER] 7/0"),
                Map.entry(LocalDate.parse("2026-12-02"), "[REMINDER] 3/0"),
                Map.entry(LocalDate.parse("2026-12-04"), "[REMINDER] 1/0"),
                Map.entry(LocalDate.parse("2026-12-07"), "[REMINDER] 0/0"),
                Map.entry(LocalDate.parse("2026-12-08"), "[OVERDUE] 0/1"),
                Map.entry(LocalDate.parse("2026-12-09"), "[ESCALATION, OVERDUE] 0/2"),
                Map.entry(LocalDate.parse("2026-12-10"), "[OVERDUE] 0/3"),
                Map.entry(LocalDate.parse("2026-12-11"), "[OVERDUE] 0/4"),
                Map.entry(LocalDate.parse("2026-12-14"), "[OVERDUE] 0/5"),
                Map.entry(LocalDate.parse("2026-12-15"), "[OVERDUE] 0/6"),
                Map.entry(LocalDate.parse("2026-12-16"), "[OVERDUE] 0/7"),
                Map.entry(LocalDate.parse("2026-12-17"), "[OVERDUE] 0/8"),
                Map.entry(LocalDate.parse("2026-12-18"), "[OVERDUE] 0/9"));
    }

    @Test
    void a_period_due_the_day_after_independence_day() {
        assertThat(walk(ladder, "2026-08-18", "2026-08-01", "2026-08-26")).containsExactly(
                Map.entry(LocalDate.parse("2026-08-06"), "[REMINDER] 7/0"),
                Map.entry(LocalDate.parse("2026-08-12"), "[REMINDER] 3/0"),
                Map.entry(LocalDate.parse("2026-08-14"), "[REMINDER] 1/0"),
                Map.entry(LocalDate.parse("2026-08-18"), "[REMINDER] 0/0"),
                Map.entry(LocalDate.parse("2026-08-19"), "[OVERDUE] 0/1"),
                Map.entry(LocalDate.parse("2026-08-20"), "[ESCALATION, OVERDUE] 0/2"),
                Map.entry(LocalDate.parse("2026-08-21"), "[OVERDUE] 0/3"),
                Map.entry(LocalDate.parse("2026-08-24"), "[OVERDUE] 0/4"),
                // 25 Aug is Maulid Nabi
                Map.entry(LocalDate.parse("2026-08-26"), "[OVERDUE] 0/5"));
    }

    @Test
    void a_deadline_on_a_holiday_is_met_on_the_last_working_day_before_it() {
        // Tue 24 Mar 2026 is cuti bersama; the last working day before it is Tue 17 Mar
        assertThat(walk(ladder, "2026-03-24", "2026-03-01", "2026-03-27")).containsExactly(
                Map.entry(LocalDate.parse("2026-03-06"), "[REMINDER] 7/0"),
                Map.entry(LocalDate.parse("2026-03-12"), "[REMINDER] 3/0"),
                Map.entry(LocalDate.parse("2026-03-16"), "[REMINDER] 1/0"),
                Map.entry(LocalDate.parse("2026-03-17"), "[REMINDER] 0/0"),
                Map.entry(LocalDate.parse("2026-03-25"), "[OVERDUE] 0/1"),
                Map.entry(LocalDate.parse("2026-03-26"), "[ESCALATION, OVERDUE] 0/2"),
                Map.entry(LocalDate.parse("2026-03-27"), "[OVERDUE] 0/3"));
    }

    @Test
    void offsets_and_escalation_come_from_configuration() {
        PromptLadder custom = new PromptLadder(calendar, new ReminderProperties(java.time.LocalTime.of(9, 0),
                List.of(2), 1, true, "0 0/5 * * * ?"));
        assertThat(walk(custom, "2026-12-07", "2026-11-30", "2026-12-09")).containsExactly(
                Map.entry(LocalDate.parse("2026-12-03"), "[REMINDER] 2/0"),
                Map.entry(LocalDate.parse("2026-12-08"), "[ESCALATION, OVERDUE] 0/1"),
                Map.entry(LocalDate.parse("2026-12-09"), "[OVERDUE] 0/2"));
    }
}
