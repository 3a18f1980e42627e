package id.kinerja.reminder;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Remind me tomorrow" from a prompt: one more prompt on the next working day, never past the
 * deadline and only while the period is open ({@link Periods#lockIfOpen}: a {@code close-period} that
 * commits meanwhile wins). The caller has already checked who is asking.
 */
@Service
public class Snoozing {

    private final Periods periods;
    private final WorkingCalendar calendar;
    private final Snoozes snoozes;

    Snoozing(Periods periods, WorkingCalendar calendar, Snoozes snoozes) {
        this.periods = periods;
        this.calendar = calendar;
        this.snoozes = snoozes;
    }

    @Transactional
    public SnoozeResult snooze(long supervisorId, long periodId, Instant now) {
        Optional<Period> period = periods.lockIfOpen(periodId);
        if (period.isEmpty()) {
            return new SnoozeResult(SnoozeResult.Outcome.PERIOD_CLOSED, null, periods.byId(periodId).orElse(null));
        }
        LocalDate remindOn = calendar.nextWorkingDay(now.atZone(calendar.zone()).toLocalDate());
        if (remindOn.isAfter(period.get().due())) {
            return new SnoozeResult(SnoozeResult.Outcome.PAST_DEADLINE, null, period.get());
        }
        snoozes.add(supervisorId, periodId, remindOn, now);
        return new SnoozeResult(SnoozeResult.Outcome.SNOOZED, remindOn, period.get());
    }
}
