package id.kinerja.followup;

import id.kinerja.appraisal.Predicate;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One coaching session of a report with their supervisor. {@code periodId} and {@code predicate} are set when a low
 * predicate asked for it; kind, date and focus once planned.
 */
public record CoachingSession(long id, long employeeId, long supervisorId, Long periodId, Predicate predicate,
                              CoachingKind kind, LocalDate date, String focus, CoachingStatus status,
                              String outcomeNote, LocalDate requestedOn, Instant createdAt, Instant updatedAt) {

    /** Waiting for its outcome, and its day has come. */
    public boolean outcomeDue(LocalDate today) {
        return status.awaitsOutcome() && !date.isAfter(today);
    }
}
