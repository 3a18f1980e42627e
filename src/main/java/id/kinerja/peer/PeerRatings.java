package id.kinerja.peer;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving teamwork ratings: who may rate whom (same unit, not self, open period), recording and
 * replacing a rating, and the optional comment. The rater is only ever stored as a pseudonym, and a
 * tap writes only a sealed ballot ({@link PeerBallots}); the rating itself is written later, in a
 * batch of other raters' ratings. Callers run inside the update's transaction. Nothing here logs: a log line about a rating would
 * name its rater.
 */
@Service
public class PeerRatings {

    /** The outcome of a tap on a star. */
    public enum Recorded { NEW, REPLACED }

    private final JdbcClient jdbc;
    private final Periods periods;
    private final Employees employees;
    private final RaterPseudonyms pseudonyms;
    private final PeerBallots ballots;

    PeerRatings(JdbcClient jdbc, Periods periods, Employees employees, RaterPseudonyms pseudonyms, PeerBallots ballots) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.employees = employees;
        this.pseudonyms = pseudonyms;
        this.ballots = ballots;
    }

    /** The open period /nilai_rekan rates in: with several open, the one due first. */
    public Optional<Period> currentPeriod() {
        return periods.open().stream().findFirst();
    }

    /** Active colleagues of the rater's unit, never the rater, by name. */
    public List<Employee> colleaguesOf(Employee rater) {
        return employees.inUnit(rater.unitId()).stream().filter(e -> e.id() != rater.id()).toList();
    }

    /** Why the rater may not act on this period (empty when it is open). */
    public Optional<PeerRefusal> periodRefusal(Optional<Employee> rater, long periodId) {
        if (rater.isEmpty()) {
            return Optional.of(PeerRefusal.NOT_LINKED);
        }
        Optional<Period> period = periods.byId(periodId);
        if (period.isEmpty()) {
            return Optional.of(PeerRefusal.UNKNOWN);
        }
        return period.get().isOpen() ? Optional.empty() : Optional.of(PeerRefusal.PERIOD_CLOSED);
    }

    /** Every check of docs/SPEC.md §5 rule 2 for rating {@code rateeId}: linked, open period, known, not self, same unit. */
    public Optional<PeerRefusal> refusal(Optional<Employee> rater, long rateeId, long periodId) {
        Optional<PeerRefusal> period = periodRefusal(rater, periodId);
        if (period.isPresent()) {
            return period;
        }
        Optional<Employee> ratee = employees.byId(rateeId).filter(Employee::active);
        if (ratee.isEmpty()) {
            return Optional.of(PeerRefusal.UNKNOWN);
        }
        if (ratee.get().id() == rater.get().id()) {
            return Optional.of(PeerRefusal.SELF);
        }
        return ratee.get().unitId() == rater.get().unitId() ? Optional.empty() : Optional.of(PeerRefusal.OTHER_UNIT);
    }

    /**
     * Records (or replaces, comment included) the rater's rating of a colleague; empty when refused.
     * The period row is share-locked so a concurrent close either waits for this rating or refuses it.
     */
    @Transactional
    public Optional<Recorded> rate(Employee rater, long rateeId, long periodId, int stars) {
        if (stars < 1 || stars > 5) {
            throw new IllegalArgumentException("stars must be 1 to 5");
        }
        if (!lockOpen(periodId) || refusal(Optional.of(rater), rateeId, periodId).isPresent()) {
            return Optional.empty();
        }
        String pseudonym = pseudonyms.of(rater.id(), periodId);
        boolean existed = givenBy(pseudonym, periodId).containsKey(rateeId);
        ballots.cast(periodId, rateeId, pseudonym, stars, null);
        return Optional.of(existed ? Recorded.REPLACED : Recorded.NEW);
    }

    /** Adds the comment to the rater's existing rating of the colleague; false when refused or not rated. */
    @Transactional
    public boolean comment(Employee rater, long rateeId, long periodId, String comment) {
        if (comment == null || comment.isBlank() || comment.codePointCount(0, comment.length()) > PeerProperties.MAX_COMMENT
                || !lockOpen(periodId) || refusal(Optional.of(rater), rateeId, periodId).isPresent()) {
            return false;
        }
        String pseudonym = pseudonyms.of(rater.id(), periodId);
        Integer stars = givenBy(pseudonym, periodId).get(rateeId);
        if (stars == null) {
            return false;
        }
        ballots.cast(periodId, rateeId, pseudonym, stars, comment.strip());
        return true;
    }

    /** The rater's own ratings in the period, by ratee: shown back to the rater only. */
    public Map<Long, Integer> givenBy(Employee rater, long periodId) {
        return givenBy(pseudonyms.of(rater.id(), periodId), periodId);
    }

    /** Written ratings overlaid with the rater's pending ballots (only the rater's screens can compute this). */
    private Map<Long, Integer> givenBy(String pseudonym, long periodId) {
        Map<Long, Integer> given = new LinkedHashMap<>();
        jdbc.sql("select ratee_id, stars from peer_rating where period_id = ? and rater_pseudonym = ?")
                .params(periodId, pseudonym)
                .query(rs -> {
                    given.put(rs.getLong("ratee_id"), rs.getInt("stars"));
                });
        ballots.pendingOf(pseudonym, periodId).forEach((ratee, ballot) -> given.put(ratee, ballot.stars()));
        return given;
    }

    /** An opaque token for the comment step (see {@link RaterPseudonyms#commentToken}). */
    public String commentToken(Employee rater, long periodId, long rateeId) {
        return pseudonyms.commentToken(rater.id(), periodId, rateeId);
    }

    /** The colleague a comment token was made for, if any. */
    public Optional<Employee> colleagueForToken(Employee rater, long periodId, String token) {
        return colleaguesOf(rater).stream()
                .filter(c -> pseudonyms.commentToken(rater.id(), periodId, c.id()).equals(token))
                .findFirst();
    }

    private boolean lockOpen(long periodId) {
        return periods.lockOpen(periodId);
    }
}
