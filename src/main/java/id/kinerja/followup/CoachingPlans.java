package id.kinerja.followup;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Reports;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of coaching (issue 12): a supervisor plans a session with a report, records its outcome; the report
 * answers Format B.1.8. Every step re-checks that the actor is the report's recorded supervisor (the chain of
 * {@code employee.supervisor_id}, as evaluating defines it) or, for the form, the coached employee; the session's
 * state is checked under its row lock, so a stale or repeated tap changes nothing. Every change is audited.
 */
@Service
public class CoachingPlans {

    /** What planning did. */
    public sealed interface PlanResult {
        record Planned(CoachingSession session) implements PlanResult {}
        /** The actor is not the report's supervisor (any more). */
        record NotAllowed() implements PlanResult {}
        /** The low predicate's request was planned (or withdrawn) already. */
        record AlreadyPlanned() implements PlanResult {}
        record BadDate(CoachingDates.Check check) implements PlanResult {}
        record BadFocus(CoachingNote.Problem problem) implements PlanResult {}
    }

    /** What the supervisor records after the day. */
    public enum Outcome { HELD, POSTPONED, NOT_HELD }

    public sealed interface OutcomeResult {
        record Recorded(CoachingSession session) implements OutcomeResult {}
        record NotAllowed() implements OutcomeResult {}
        /** Already recorded, or its day has not come. */
        record NotDue() implements OutcomeResult {}
        record BadDate(CoachingDates.Check check) implements OutcomeResult {}
        record BadNote(CoachingNote.Problem problem) implements OutcomeResult {}
    }

    public sealed interface AnswerResult {
        /** Stored; {@code statement} is the next one to answer. */
        record Next(int statement) implements AnswerResult {}
        /** Stored, the form is complete. */
        record Done(Long superiorId) implements AnswerResult {}
        /** Not this person's form, not held, or this statement was answered already. */
        record Stale() implements AnswerResult {}
    }

    private final CoachingSessions sessions;
    private final CoachingDates dates;
    private final CoachingMessages messages;
    private final Employees employees;
    private final Reports reports;
    private final AuditLog audit;
    private final Clock clock;

    CoachingPlans(CoachingSessions sessions, CoachingDates dates, CoachingMessages messages, Employees employees,
                  Reports reports, AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.dates = dates;
        this.messages = messages;
        this.employees = employees;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report, when the actor is their recorded supervisor and both are active. */
    public Optional<Employee> coachable(Employee actor, long employeeId) {
        if (!actor.active() || actor.id() == employeeId) {
            return Optional.empty();
        }
        return employees.byId(employeeId).filter(Employee::active)
                .filter(report -> report.supervisorId() != null && report.supervisorId() == actor.id());
    }

    /** The actor's direct reports, by name. */
    public List<Reports.Report> team(Employee actor) {
        return reports.of(actor.id());
    }

    public Optional<CoachingSession> session(long sessionId) {
        return sessions.byId(sessionId);
    }

    /** A low predicate's request still waiting for its plan, for this report. */
    public Optional<CoachingSession> openRequest(long requestId, long employeeId) {
        return sessions.byId(requestId).filter(s -> s.employeeId() == employeeId)
                .filter(s -> s.status() == CoachingStatus.UNPLANNED);
    }

    /** The supervisor's sessions still open: requests to plan and sessions waiting for their outcome. */
    public List<CoachingSession> openOf(Employee supervisor) {
        return sessions.ofSupervisor(supervisor.id(), List.of(CoachingStatus.UNPLANNED, CoachingStatus.PLANNED,
                CoachingStatus.POSTPONED)).stream()
                .filter(s -> coachable(supervisor, s.employeeId()).isPresent()).toList();
    }

    /**
     * Plans a session with the report; {@code requestId} is the low predicate's request it answers (0: planned from
     * the team, at any time). Checks again who acts, the request, the date and the focus; stores nothing otherwise.
     */
    @Transactional
    public PlanResult plan(Employee actor, long employeeId, long requestId, CoachingKind kind, LocalDate date,
                           String focus) {
        if (coachable(actor, employeeId).isEmpty()) {
            return new PlanResult.NotAllowed();
        }
        CoachingDates.Check check = dates.check(date);
        if (!(check instanceof CoachingDates.Check.Valid)) {
            return new PlanResult.BadDate(check);
        }
        Optional<CoachingNote.Problem> problem = CoachingNote.problem(focus);
        if (problem.isPresent()) {
            return new PlanResult.BadFocus(problem.get());
        }
        String text = focus.strip();
        Instant now = clock.instant();
        long id;
        if (requestId > 0) {
            Optional<CoachingSession> request = sessions.lock(requestId).filter(s -> s.employeeId() == employeeId);
            if (request.isEmpty() || request.get().status() != CoachingStatus.UNPLANNED) {
                return new PlanResult.AlreadyPlanned();
            }
            id = requestId;
            sessions.plan(id, actor.id(), kind, date, text, now);
        } else {
            id = sessions.insertPlanned(employeeId, actor.id(), null, kind, date, text, dates.today(), now);
        }
        CoachingSession planned = sessions.byId(id).orElseThrow();
        audit.record(actorOf(actor), "COACHING_PLANNED", "employee:" + employeeId,
                "session=" + id + " kind=" + kind + " date=" + date + (requestId > 0 ? " request" : " from team"));
        messages.planned(planned, now);
        return new PlanResult.Planned(planned);
    }

    /** The session, when the actor is its report's supervisor and its outcome is due (its day has come). */
    public Optional<CoachingSession> outcomeDue(Employee actor, long sessionId) {
        return sessions.byId(sessionId).filter(s -> coachable(actor, s.employeeId()).isPresent())
                .filter(s -> s.outcomeDue(dates.today()));
    }

    /** Records the outcome; a postponed session needs its new date (a valid coaching day) and waits again. */
    @Transactional
    public OutcomeResult recordOutcome(Employee actor, long sessionId, Outcome outcome, LocalDate newDate, String note) {
        Optional<CoachingSession> session = sessions.lock(sessionId);
        if (session.isEmpty() || coachable(actor, session.get().employeeId()).isEmpty()) {
            return new OutcomeResult.NotAllowed();
        }
        if (!session.get().outcomeDue(dates.today())) {
            return new OutcomeResult.NotDue();
        }
        LocalDate date = session.get().date();
        if (outcome == Outcome.POSTPONED) {
            CoachingDates.Check check = newDate == null ? new CoachingDates.Check.NotADate() : dates.check(newDate);
            if (!(check instanceof CoachingDates.Check.Valid valid) || !valid.date().isAfter(date)) {
                return new OutcomeResult.BadDate(check instanceof CoachingDates.Check.Valid
                        ? new CoachingDates.Check.Past(newDate) : check);
            }
            date = newDate;
        }
        Optional<CoachingNote.Problem> problem = CoachingNote.problem(note);
        if (problem.isPresent()) {
            return new OutcomeResult.BadNote(problem.get());
        }
        Instant now = clock.instant();
        CoachingStatus status = CoachingStatus.valueOf(outcome.name());
        sessions.outcome(sessionId, status, date, note.strip(), now);
        audit.record(actorOf(actor), "COACHING_OUTCOME", "employee:" + session.get().employeeId(),
                "session=" + sessionId + " outcome=" + outcome + " date=" + date
                        + (outcome == Outcome.POSTPONED ? " from=" + session.get().date() : ""));
        CoachingSession recorded = sessions.byId(sessionId).orElseThrow();
        messages.outcome(recorded, now);
        return new OutcomeResult.Recorded(recorded);
    }

    /** The next statement of Format B.1.8 the coached employee has to answer; empty when none (or not theirs). */
    public Optional<Integer> nextStatement(Employee actor, long sessionId) {
        return sessions.byId(sessionId).filter(s -> s.employeeId() == actor.id())
                .filter(s -> s.status() == CoachingStatus.HELD)
                .flatMap(s -> next(sessions.answers(sessionId)));
    }

    /**
     * Stores one answer; only the next unanswered statement of a held session of the actor's own is taken. When the
     * ninth is in, the answers go to the supervisor's own supervisor (only them).
     */
    @Transactional
    public AnswerResult answer(Employee actor, long sessionId, int statement, int score) {
        Optional<CoachingSession> session = sessions.lock(sessionId).filter(s -> s.employeeId() == actor.id())
                .filter(s -> s.status() == CoachingStatus.HELD);
        if (session.isEmpty() || !CoachingFeedbackForm.validScore(score)) {
            return new AnswerResult.Stale();
        }
        Optional<Integer> next = next(sessions.answers(sessionId));
        if (next.isEmpty() || next.get() != statement) {
            return new AnswerResult.Stale();
        }
        Instant now = clock.instant();
        sessions.answer(sessionId, statement, score, now);
        audit.record(actorOf(actor), "COACHING_FEEDBACK_ANSWERED", "employee:" + actor.id(),
                "session=" + sessionId + " statement=" + statement);
        Map<Integer, Integer> answers = sessions.answers(sessionId);
        Optional<Integer> after = next(answers);
        if (after.isPresent()) {
            return new AnswerResult.Next(after.get());
        }
        Long superior = employees.byId(session.get().supervisorId()).map(Employee::supervisorId).orElse(null);
        audit.record(actorOf(actor), "COACHING_FEEDBACK_SENT", "employee:" + actor.id(),
                "session=" + sessionId + " to=" + (superior == null ? "none" : "employee:" + superior));
        if (superior != null) {
            messages.feedbackToSuperior(session.get(), superior, answers, now);
        }
        return new AnswerResult.Done(superior);
    }

    private static Optional<Integer> next(Map<Integer, Integer> answers) {
        for (int statement = 1; statement <= CoachingFeedbackForm.STATEMENTS; statement++) {
            if (!answers.containsKey(statement)) {
                return Optional.of(statement);
            }
        }
        return Optional.empty();
    }

    private static String actorOf(Employee actor) {
        return actor.telegramUserId() == null ? "employee:" + actor.id() : AuditLog.telegramActor(actor.telegramUserId());
    }
}
