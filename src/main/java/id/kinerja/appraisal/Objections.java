package id.kinerja.appraisal;

import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keberatan (PP 30/2019 Pasal 59, docs/DOMAIN.md §9): an employee objects in writing to their evaluation within the
 * {@link ObjectionWindow}; the rater's own supervisor decides (HR when the rater has none, never the rater or the
 * employee), may ask both for a written explanation first, and the decision — keep, or new ratings with the predicate
 * from {@link Predicate#of} — is final. Every step re-checks who acts on whom and is audited; a refused step throws
 * {@link ObjectionRefused} having written nothing.
 */
@Service
public class Objections {

    public static final int MAX_TEXT = 2000;

    /** Everything a decider sees: the objection, the people, the period, the evaluation as it is now, explanations. */
    public record Case(Objection objection, Employee employee, Employee rater, Period period,
                       EvaluationResult evaluation, List<Objection.Explanation> explanations, Employee decider) {

        /** Who decided, once decided. */
        public Optional<Employee> decidedBy() {
            return Optional.ofNullable(decider);
        }

        public Optional<Objection.Explanation> explanation(ObjectionParty party) {
            return explanations.stream().filter(e -> e.party() == party).findFirst();
        }
    }

    /** A filed objection and who is to decide it (the decider, or every HR admin who may). */
    public record Filed(Case filed, List<Employee> deciders) {}

    /** An explanation asked for: of whom, by when. */
    public record Asked(Case objection, ObjectionParty party, Employee of, LocalDate due) {}

    /** A decision: the case as decided, whether the ratings changed. */
    public record Decided(Case decided, boolean changed) {}

    private final ObjectionStore store;
    private final ObjectionWindow window;
    private final Employees employees;
    private final Periods periods;
    private final ScoreCards scoreCards;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final Clock clock;

    private final AdminScopes scopes;

    Objections(ObjectionStore store, ObjectionWindow window, Employees employees, Periods periods,
               ScoreCards scoreCards, AuditLog audit, WorkingCalendar calendar, Clock clock, AdminScopes scopes) {
        this.scopes = scopes;
        this.store = store;
        this.window = window;
        this.employees = employees;
        this.periods = periods;
        this.scoreCards = scoreCards;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Empty when the employee may object now to their evaluation in the period; otherwise why not. */
    public Optional<ObjectionRefusal> filingRefusal(Employee employee, long periodId) {
        Optional<Instant> submitted = store.submittedAt(employee.id(), periodId);
        if (submitted.isEmpty()) {
            return Optional.of(ObjectionRefusal.NO_EVALUATION);
        }
        if (store.of(employee.id(), periodId).isPresent()) {
            return Optional.of(ObjectionRefusal.ALREADY_FILED);
        }
        if (!window.isOpen(day(submitted.get()), today())) {
            return Optional.of(ObjectionRefusal.WINDOW_PASSED);
        }
        return Optional.empty();
    }

    /** The last day to object to the employee's evaluation in the period, if there is one. */
    public Optional<LocalDate> lastDay(long employeeId, long periodId) {
        return store.submittedAt(employeeId, periodId).map(at -> window.lastDay(day(at)));
    }

    /** What is wrong with typed reasons or an explanation, if anything: required, at most {@link #MAX_TEXT}. */
    public static Optional<ObjectionRefusal> textProblem(String text, boolean reasons) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(reasons ? ObjectionRefusal.REASONS_EMPTY : ObjectionRefusal.EXPLANATION_EMPTY);
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_TEXT) {
            return Optional.of(reasons ? ObjectionRefusal.REASONS_TOO_LONG : ObjectionRefusal.EXPLANATION_TOO_LONG);
        }
        return Optional.empty();
    }

    /** Files the employee's objection to their evaluation in the period. */
    @Transactional(noRollbackFor = ObjectionRefused.class)
    public Filed file(Employee employee, long periodId, String reasons) {
        textProblem(reasons, true).ifPresent(Objections::refuse);
        ObjectionStore.Target target = store.target(employee.id(), periodId)
                .orElseThrow(() -> new ObjectionRefused(ObjectionRefusal.NO_EVALUATION));
        filingRefusal(employee, periodId).ifPresent(Objections::refuse);
        Optional<Employee> rater = Optional.ofNullable(target.raterId()).flatMap(employees::byId);
        Long deciderId = rater.map(Employee::supervisorId)
                .flatMap(employees::byId)
                .filter(s -> s.active() && s.id() != employee.id())
                .map(Employee::id).orElse(null);
        List<Employee> deciders = deciderId != null ? List.of(employees.byId(deciderId).orElseThrow())
                : hrDeciders(target.raterId(), employee);
        if (deciders.isEmpty()) {
            refuse(ObjectionRefusal.NO_DECIDER);
        }
        Instant now = clock.instant();
        long id = store.insert(target.evaluationId(), employee.id(), periodId, target.raterId(), deciderId,
                reasons.strip(), now, window.decideBy(day(now)), target.evaluation());
        Period period = periods.byId(periodId).orElseThrow();
        audit.record("employee:" + employee.nip(), "OBJECTION_FILED", "employee:" + employee.nip(),
                "objection=" + id + " period=" + period.code() + " decider="
                        + (deciderId == null ? "HR" : "employee:" + deciders.get(0).nip())
                        + " evaluation=" + target.evaluation().workResult() + "/" + target.evaluation().behaviour()
                        + "/" + target.evaluation().predicate());
        return new Filed(caseOf(id).orElseThrow(), deciders);
    }

    /**
     * Whether this person may decide (and ask explanations for) the objection: never the rater or the employee; when
     * HR decides, only HR whose part of the organisation covers the employee.
     */
    public boolean mayDecide(Employee who, Objection objection) {
        if (!who.active() || who.id() == objection.employeeId() || Objects.equals(who.id(), objection.raterId())) {
            return false;
        }
        if (objection.deciderId() != null) {
            return who.id() == objection.deciderId();
        }
        return who.admin() && employees.byId(objection.employeeId()).map(scopes.of(who)::covers).orElse(false);
    }

    /** Who is to decide it now: the decider, or every HR admin who may. */
    public List<Employee> deciders(Objection objection) {
        if (objection.deciderId() != null) {
            return employees.byId(objection.deciderId()).stream().toList();
        }
        return employees.byId(objection.employeeId()).map(e -> hrDeciders(objection.raterId(), e)).orElse(List.of());
    }

    /** The HR admins whose part of the organisation covers the employee, but never the rater. */
    private List<Employee> hrDeciders(Long raterId, Employee employee) {
        return scopes.adminsCovering(employee).stream().filter(e -> !Objects.equals(e.id(), raterId)).toList();
    }

    /** The case as a decider sees it, for someone who may decide it; empty otherwise. */
    public Optional<Case> forDecider(Employee who, long objectionId) {
        return caseOf(objectionId).filter(c -> mayDecide(who, c.objection()));
    }

    public Optional<Case> caseOf(long objectionId) {
        return store.byId(objectionId).map(this::caseOf);
    }

    private Case caseOf(Objection objection) {
        Employee employee = employees.byId(objection.employeeId()).orElseThrow();
        Employee rater = objection.raterId() == null ? null : employees.byId(objection.raterId()).orElse(null);
        return new Case(objection, employee, rater, periods.byId(objection.periodId()).orElseThrow(),
                scoreCards.evaluation(objection.employeeId(), objection.periodId()).orElseThrow(),
                store.explanations(objection.id()),
                objection.decidedBy() == null ? null : employees.byId(objection.decidedBy()).orElse(null));
    }

    /** The decider asks the rater or the employee for a written explanation, with a deadline in working days. */
    @Transactional(noRollbackFor = ObjectionRefused.class)
    public Asked ask(Employee decider, long objectionId, ObjectionParty party) {
        Objection objection = openForDecider(decider, objectionId);
        Long of = party == ObjectionParty.RATER ? objection.raterId() : Long.valueOf(objection.employeeId());
        Employee person = Optional.ofNullable(of).flatMap(employees::byId)
                .orElseThrow(() -> new ObjectionRefused(ObjectionRefusal.NOT_ALLOWED));
        Instant now = clock.instant();
        LocalDate due = window.explanationDue(day(now));
        if (!store.ask(objectionId, party, person.id(), now, due)) {
            refuse(ObjectionRefusal.ALREADY_ASKED);
        }
        audit.record("employee:" + decider.nip(), "OBJECTION_EXPLANATION_ASKED", "employee:" + person.nip(),
                "objection=" + objectionId + " party=" + party + " due=" + due);
        return new Asked(caseOf(objectionId).orElseThrow(), party, person, due);
    }

    /** Whether {@code who} is the one asked for that explanation, still unanswered, on an open objection. */
    public boolean mayExplain(Employee who, long objectionId, ObjectionParty party) {
        Optional<Objection> objection = store.byId(objectionId).filter(Objection::isOpen);
        return objection.isPresent() && store.explanations(objectionId).stream()
                .anyMatch(e -> e.party() == party && !e.answered() && Objects.equals(e.authorId(), who.id()));
    }

    /** The asked person's typed explanation, stored for the decider. */
    @Transactional(noRollbackFor = ObjectionRefused.class)
    public Case explain(Employee who, long objectionId, ObjectionParty party, String text) {
        textProblem(text, false).ifPresent(Objections::refuse);
        Objection objection = store.lock(objectionId).orElseThrow(() -> new ObjectionRefused(ObjectionRefusal.NOT_ALLOWED));
        if (!objection.isOpen()) {
            refuse(ObjectionRefusal.DECIDED);
        }
        if (!store.answer(objectionId, party, who.id(), text.strip(), clock.instant())) {
            refuse(ObjectionRefusal.NOT_ALLOWED);
        }
        audit.record("employee:" + who.nip(), "OBJECTION_EXPLAINED", "objection:" + objectionId,
                "party=" + party + " length=" + text.strip().length());
        return caseOf(objectionId).orElseThrow();
    }

    /**
     * The final decision: {@code workResult} and {@code behaviour} null keep the evaluation; otherwise they replace
     * its ratings and the predicate is recomputed by {@link Predicate#of}. Ratings equal to the evaluation's keep it.
     */
    @Transactional(noRollbackFor = ObjectionRefused.class)
    public Decided decide(Employee decider, long objectionId, Rating workResult, Rating behaviour) {
        if (workResult == null != (behaviour == null)) {
            throw new IllegalArgumentException("both ratings or neither");
        }
        Objection objection = openForDecider(decider, objectionId);
        EvaluationResult now = scoreCards.evaluation(objection.employeeId(), objection.periodId()).orElseThrow();
        boolean changed = workResult != null && (workResult != now.workResult() || behaviour != now.behaviour());
        Instant at = clock.instant();
        Employee employee = employees.byId(objection.employeeId()).orElseThrow();
        if (changed) {
            Predicate predicate = Predicate.of(workResult, behaviour);
            store.decide(objectionId, ObjectionStatus.CHANGED, workResult, behaviour, predicate, decider.id(), at);
            store.changeEvaluation(objection.evaluationId(), workResult, behaviour, predicate, objectionId);
            audit.record("employee:" + decider.nip(), "EVALUATION_CHANGED_BY_OBJECTION", "employee:" + employee.nip(),
                    "objection=" + objectionId + " work_result=" + workResult + " behaviour=" + behaviour
                            + " predicate=" + predicate + " was=" + now.workResult() + "/" + now.behaviour() + "/"
                            + now.predicate());
        } else {
            store.decide(objectionId, ObjectionStatus.KEPT, null, null, null, decider.id(), at);
        }
        audit.record("employee:" + decider.nip(), "OBJECTION_DECIDED", "employee:" + employee.nip(),
                "objection=" + objectionId + " decision=" + (changed ? "CHANGED" : "KEPT"));
        return new Decided(caseOf(objectionId).orElseThrow(), changed);
    }

    private Objection openForDecider(Employee decider, long objectionId) {
        Objection objection = store.lock(objectionId).orElseThrow(() -> new ObjectionRefused(ObjectionRefusal.NOT_ALLOWED));
        if (!mayDecide(decider, objection)) {
            refuse(ObjectionRefusal.NOT_ALLOWED);
        }
        if (!objection.isOpen()) {
            refuse(ObjectionRefusal.DECIDED);
        }
        return objection;
    }

    /** The employee's objection in the period, if any. */
    public Optional<Objection> of(long employeeId, long periodId) {
        return store.of(employeeId, periodId);
    }

    /** Whether the evaluation is "dalam keberatan" now. */
    public boolean isOpen(long employeeId, long periodId) {
        return store.openFor(employeeId, periodId);
    }

    /** Employees of the period whose evaluation is "dalam keberatan". */
    public Set<Long> openIn(long periodId) {
        return store.openIn(periodId);
    }

    /** Every open objection, the nearest decision deadline first (HR's /admin). */
    public List<Case> open() {
        return store.open().stream().map(this::caseOf).toList();
    }

    /** The open objections of the people in HR's part of the organisation, the nearest decision deadline first. */
    public List<Case> open(Employee hr) {
        return open(scopes.of(hr));
    }

    /** The open objections of the people {@code scope} covers, the nearest decision deadline first. */
    public List<Case> open(AdminScope scope) {
        return open().stream().filter(c -> scope.covers(c.employee())).toList();
    }

    public List<Case> inPeriod(long periodId) {
        return store.inPeriod(periodId).stream().map(this::caseOf).toList();
    }

    public boolean changedByObjection(long employeeId, long periodId) {
        return store.changedByObjection(employeeId, periodId);
    }

    String nameOf(long employeeId) {
        return employees.byId(employeeId).map(Employee::name).orElse(null);
    }

    String periodCode(long periodId) {
        return periods.byId(periodId).map(Period::code).orElse(null);
    }

    List<Objection> ofEmployee(long employeeId) {
        return store.ofEmployee(employeeId);
    }

    List<Objection.Explanation> explanations(long objectionId) {
        return store.explanations(objectionId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, calendar.zone());
    }

    private static void refuse(ObjectionRefusal refusal) {
        throw new ObjectionRefused(refusal);
    }
}
