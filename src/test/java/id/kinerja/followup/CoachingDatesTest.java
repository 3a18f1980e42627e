package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.calendar.WorkingCalendar;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The day of a coaching session, typed or offered, against the office's 2026 calendar. */
class CoachingDatesTest {

    private final WorkingCalendar calendar = new WorkingCalendar(
            new CalendarProperties(null, null, Path.of("config", "holidays"), null, null));
    /** Wednesday 2 December 2026. */
    private final LocalDate today = LocalDate.of(2026, 12, 2);

    @Test
    void both_typed_formats_give_the_day() {
        assertThat(CoachingDates.check("4-12-2026", today, calendar))
                .isEqualTo(new CoachingDates.Check.Valid(LocalDate.of(2026, 12, 4)));
        assertThat(CoachingDates.check(" 04/12/2026 ", today, calendar))
                .isEqualTo(new CoachingDates.Check.Valid(LocalDate.of(2026, 12, 4)));
        assertThat(CoachingDates.check("2026-12-04", today, calendar))
                .isEqualTo(new CoachingDates.Check.Valid(LocalDate.of(2026, 12, 4)));
        assertThat(CoachingDates.check("02-12-2026", today, calendar)).as("today is allowed")
                .isEqualTo(new CoachingDates.Check.Valid(today));
    }

    @Test
    void what_is_not_a_day_or_not_a_possible_day_is_said_so() {
        for (String typed : new String[] {"besok", "", "31-02-2026", "12-2026", "2026/12/04", "4-13-2026", "4 Desember"}) {
            assertThat(CoachingDates.check(typed, today, calendar)).as(typed).isEqualTo(new CoachingDates.Check.NotADate());
        }
        assertThat(CoachingDates.check("01-12-2026", today, calendar))
                .isEqualTo(new CoachingDates.Check.Past(LocalDate.of(2026, 12, 1)));
        assertThat(CoachingDates.check("05-12-2026", today, calendar)).as("a Saturday")
                .isEqualTo(new CoachingDates.Check.NotWorkingDay(LocalDate.of(2026, 12, 5)));
        assertThat(CoachingDates.check("24-12-2026", today, calendar)).as("cuti bersama")
                .isEqualTo(new CoachingDates.Check.NotWorkingDay(LocalDate.of(2026, 12, 24)));
        assertThat(CoachingDates.check("04-12-2028", today, calendar))
                .isEqualTo(new CoachingDates.Check.TooFar(LocalDate.of(2028, 12, 4)));
    }

    @Test
    void the_buttons_are_today_and_the_next_working_days_skipping_weekends_and_holidays() {
        assertThat(CoachingDates.options(today, 5, calendar)).containsExactly(LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8));
        assertThat(CoachingDates.options(LocalDate.of(2026, 12, 23), 3, calendar)).as("24 and 25 December are off")
                .containsExactly(LocalDate.of(2026, 12, 23), LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 29));
        assertThat(CoachingDates.options(LocalDate.of(2026, 12, 5), 1, calendar)).as("from a Saturday")
                .containsExactly(LocalDate.of(2026, 12, 7));
    }
}
