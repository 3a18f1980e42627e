package id.kinerja.appraisal;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor evaluates a direct report (docs/SPEC.md §2.3). Every step re-checks that the evaluator is the
 * report's recorded supervisor (or an HR admin) and that the period is still open; every create and
 * change is audited with who and when.
 */
@Service
public class EvaluatingReport {

    public record Submitted(Employee report, Period period, Predicate predicate, boolean changed, Instant at) {}

    private final JdbcClient jdbc;
    private final Employees employees;
    private final Periods periods;
    private final ScoreCards scoreCards;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ObjectionStore objections;

    private final AdminScopes scopes;

    EvaluatingReport(JdbcClient jdbc, Employees employees, Periods periods, ScoreCards scoreCards, AuditLog audit,
                     Clock clock, ApplicationEventPublisher events, ObjectionStore objections, AdminScopes scopes) {
        this.scopes = scopes;
        this.objections = objections;
        this.jdbc = jdbc;
        this.employees = employees;
        this.periods = periods;
        this.scoreCards = scoreCards;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Empty when the evaluator may evaluate the report in the period now; otherwise why not. */
    public Optional<EvaluationRefusal> refusal(Employee evaluator, long reportId, long periodId) {
        Optional<Employee> report = employees.byId(reportId);
        Optional<Period> period = periods.byId(periodId);
        if (report.isEmpty() || period.isEmpty() || !report.get().active()) {
            return Optional.of(EvaluationRefusal.UNKNOWN);
        }
        boolean supervisor = evaluator.id() == (report.get().supervisorId() == null ? -1 : report.get().supervisorId());
        // HR evaluates in place of a supervisor only inside its part of the organisation
        boolean hr = evaluator.admin() && scopes.of(evaluator).covers(report.get());
        if (!supervisor && !hr || evaluator.id() == reportId) {
            return Optional.of(EvaluationRefusal.NOT_ALLOWED);
        }
        Optional<Objection> objection = objections.of(reportId, periodId);
        if (objection.isPresent()) {
            // the decider settles it (Objections.decide), and the decision is final: no submission overrules it
            return Optional.of(objection.get().isOpen() ? EvaluationRefusal.UNDER_OBJECTION
                    : EvaluationRefusal.DECIDED_BY_OBJECTION);
        }
        return period.get().isOpen() ? Optional.empty() : Optional.of(EvaluationRefusal.PERIOD_CLOSED);
    }

    /** The evaluation already given in the period, if any: a change starts from it. */
    public Optional<EvaluationResult> current(long reportId, long periodId) {
        return scoreCards.evaluation(reportId, periodId);
    }

    public ReportSummary summary(long reportId, long periodId) {
        Employee report = employees.byId(reportId).orElseThrow();
        Period period = periods.byId(periodId).orElseThrow();
        return new ReportSummary(report.id(), report.name(), report.position(), period,
                scoreCards.indicators(reportId, periodId), scoreCards.previousPredicate(reportId, period),
                scoreCards.evaluation(reportId, periodId));
    }

    /**
     * Writes the evaluation, or throws {@link EvaluationRefused} having written nothing. The period is
     * checked again under its lock: a {@code close-period} that committed after the first check wins. The
     * {@link EvaluationSubmitted} event is published in the same transaction.
     *
     * @throws IllegalArgumentException when the feedback breaks {@link FeedbackRule} (the screens check it first)
     */
    @Transactional(noRollbackFor = EvaluationRefused.class)
    public Submitted submit(Employee evaluator, long reportId, long periodId, Rating workResult, Rating behaviour,
                            String feedback) {
        FeedbackRule.problem(feedback, workResult, behaviour).ifPresent(problem -> {
            throw new IllegalArgumentException("feedback refused: " + problem.kind());
        });
        Optional<EvaluationRefusal> refusal = refusal(evaluator, reportId, periodId);
        if (refusal.isPresent()) {
            throw new EvaluationRefused(refusal.get());
        }
        if (!periods.lockOpen(periodId)) {
            throw new EvaluationRefused(EvaluationRefusal.PERIOD_CLOSED);
        }
        Employee report = employees.byId(reportId).orElseThrow();
        Period period = periods.byId(periodId).orElseThrow();
        Optional<EvaluationResult> before = scoreCards.evaluation(reportId, periodId);
        Predicate predicate = Predicate.of(workResult, behaviour);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into evaluation (employee_id, period_id, evaluator_id, work_result, behaviour, predicate,
                                                feedback, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (employee_id, period_id) do update
                           set evaluator_id = excluded.evaluator_id, work_result = excluded.work_result,
                               behaviour = excluded.behaviour, predicate = excluded.predicate,
                               feedback = excluded.feedback, updated_at = excluded.updated_at""")
                .params(reportId, periodId, evaluator.id(), workResult.name(), behaviour.name(), predicate.name(),
                        feedback, Timestamp.from(now), Timestamp.from(now))
                .update();
        audit.record("employee:" + evaluator.nip(), before.isPresent() ? "EVALUATION_CHANGED" : "EVALUATION_CREATED",
                "employee:" + report.nip(), "period=" + period.code() + " work_result=" + workResult
                        + " behaviour=" + behaviour + " predicate=" + predicate
                        + before.map(b -> " was=" + b.workResult() + "/" + b.behaviour() + "/" + b.predicate())
                        .orElse(""));
        events.publishEvent(new EvaluationSubmitted(evaluator.id(), reportId, periodId, predicate, before.isPresent(),
                now));
        return new Submitted(report, period, predicate, before.isPresent(), now);
    }
}
