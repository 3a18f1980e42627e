package id.kinerja.followup;

import java.util.Locale;

/**
 * Where a coaching session is. {@link #UNPLANNED}: a low predicate asked for one and the supervisor has not planned
 * it yet; {@link #PLANNED} and {@link #POSTPONED} wait for the day and the outcome; {@link #HELD} and
 * {@link #NOT_HELD} are outcomes; {@link #CANCELLED}: the evaluation that asked for it was changed to a predicate
 * that does not.
 */
public enum CoachingStatus {
    UNPLANNED, PLANNED, HELD, POSTPONED, NOT_HELD, CANCELLED;

    /** Planned (or moved to a new date) and waiting for its outcome. */
    public boolean awaitsOutcome() {
        return this == PLANNED || this == POSTPONED;
    }

    public String textKey() {
        return "coaching.status." + name().toLowerCase(Locale.ROOT);
    }
}
