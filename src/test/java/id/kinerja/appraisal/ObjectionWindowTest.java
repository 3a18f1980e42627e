package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The objection window: calendar days by default, working days of the office's calendar when configured. */
class ObjectionWindowTest {

    /** The real holidays of 2026 (config/holidays): 24 and 25 December are cuti bersama and Christmas. */
    private final WorkingCalendar calendar = new WorkingCalendar(
            new CalendarProperties(null, null, Path.of("config", "holidays"), null, null));

    private ObjectionWindow window(Integer days, ObjectionProperties.WindowUnit unit) {
        return new ObjectionWindow(new ObjectionProperties(days, unit, null, null), calendar);
    }

    @Test
    void by_default_fourteen_calendar_days_after_the_submit_with_the_last_day_included() {
        ObjectionWindow window = window(null, null);
        LocalDate submitted = LocalDate.of(2026, 12, 2); // a Wednesday
        assertThat(window.lastDay(submitted)).isEqualTo(LocalDate.of(2026, 12, 16));
        assertThat(window.isOpen(submitted, submitted)).isTrue();
        assertThat(window.isOpen(submitted, LocalDate.of(2026, 12, 16))).isTrue();
        assertThat(window.isOpen(submitted, LocalDate.of(2026, 12, 17))).isFalse();
    }

    @Test
    void calendar_days_run_through_weekends_and_holidays() {
        assertThat(window(14, ObjectionProperties.WindowUnit.CALENDAR).lastDay(LocalDate.of(2026, 12, 18)))
                .isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void working_days_skip_weekends_and_the_holidays_of_the_calendar() {
        ObjectionWindow window = window(14, ObjectionProperties.WindowUnit.WORKING);
        // from Wed 2 Dec: 3,4 | 7-11 | 14-18 (12 working days) | 21,22 → Tue 22 Dec is the 14th
        assertThat(window.lastDay(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 22));
        // from Fri 18 Dec: 21,22,23 | (24, 25 holidays) 28-31 | (1 Jan holiday) … the 14th working day
        LocalDate last = window.lastDay(LocalDate.of(2026, 12, 18));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 12, 18), last)).isEqualTo(14);
        assertThat(last).isAfter(LocalDate.of(2027, 1, 1));
        assertThat(window.isOpen(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 22))).isTrue();
        assertThat(window.isOpen(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 23))).isFalse();
    }

    @Test
    void a_result_given_on_a_weekend_counts_working_days_from_the_next_one() {
        assertThat(window(1, ObjectionProperties.WindowUnit.WORKING).lastDay(LocalDate.of(2026, 12, 5)))
                .isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void explanation_and_decision_deadlines_are_working_days() {
        ObjectionWindow window = new ObjectionWindow(new ObjectionProperties(null, null, 3, 10), calendar);
        assertThat(window.explanationDue(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(window.decideBy(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 16));
    }

    @Test
    void a_window_of_no_days_is_refused_at_start() {
        assertThatThrownBy(() -> new ObjectionProperties(0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
