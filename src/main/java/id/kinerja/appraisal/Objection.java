package id.kinerja.appraisal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An employee's objection to one evaluation. {@code deciderId} null: HR decides (the rater has no supervisor).
 * The original ratings are the evaluation's when it was filed; the decided ones are set by a decision that changed it.
 */
public record Objection(long id, long evaluationId, long employeeId, long periodId, Long raterId, Long deciderId,
                        String reasons, ObjectionStatus status, Instant filedAt, LocalDate decideBy,
                        Rating originalWorkResult, Rating originalBehaviour, Predicate originalPredicate,
                        Rating decidedWorkResult, Rating decidedBehaviour, Predicate decidedPredicate,
                        Long decidedBy, Instant decidedAt) {

    public boolean isOpen() {
        return status == ObjectionStatus.OPEN;
    }

    public boolean decidedByHr() {
        return deciderId == null;
    }

    /** A written explanation asked of the rater or the employee; {@code text} null until answered. */
    public record Explanation(long objectionId, ObjectionParty party, Long authorId, Instant askedAt, LocalDate dueOn,
                              String text, Instant answeredAt) {

        public boolean answered() {
            return text != null;
        }
    }
}
