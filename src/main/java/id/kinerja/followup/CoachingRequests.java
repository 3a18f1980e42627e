package id.kinerja.followup;

import id.kinerja.appraisal.EvaluationSubmitted;
import id.kinerja.appraisal.Predicate;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After an evaluation with a predicate from Butuh Perbaikan downwards (DOMAIN.md §9), the report's supervisor is
 * asked, through the outbox, to plan coaching; the request is stored (status UNPLANNED) so that it escalates when
 * nobody plans it. Runs from the event publication registry: a second delivery finds the request and the dedupe key
 * of the prompt (the submit's moment) and queues nothing again. A changed evaluation that is no longer low
 * withdraws a request not yet planned.
 */
@Component
class CoachingRequests {

    static final Set<Predicate> LOW = EnumSet.of(Predicate.BUTUH_PERBAIKAN, Predicate.KURANG, Predicate.SANGAT_KURANG);

    private final CoachingSessions sessions;
    private final CoachingMessages messages;
    private final CoachingDates dates;
    private final Employees employees;
    private final AuditLog audit;
    private final Clock clock;

    CoachingRequests(CoachingSessions sessions, CoachingMessages messages, CoachingDates dates, Employees employees,
                     AuditLog audit, Clock clock) {
        this.sessions = sessions;
        this.messages = messages;
        this.dates = dates;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean callsForCoaching(Predicate predicate) {
        return LOW.contains(predicate);
    }

    @ApplicationModuleListener
    void on(EvaluationSubmitted submitted) {
        Optional<CoachingSession> existing = sessions.request(submitted.reportId(), submitted.periodId());
        if (!callsForCoaching(submitted.predicate())) {
            existing.filter(request -> request.status() == CoachingStatus.UNPLANNED).ifPresent(request -> {
                sessions.setStatus(request.id(), CoachingStatus.CANCELLED, clock.instant());
                audit.record("system", "COACHING_WITHDRAWN", "employee:" + request.employeeId(),
                        "session=" + request.id() + " predicate=" + submitted.predicate());
            });
            return;
        }
        Employee report = employees.byId(submitted.reportId()).orElse(null);
        if (report == null || !report.active() || report.supervisorId() == null) {
            return;
        }
        long requestId;
        if (existing.isEmpty()) {
            Optional<Long> inserted = sessions.insertRequest(report.id(), report.supervisorId(), submitted.periodId(),
                    submitted.predicate(), dates.today(), clock.instant());
            if (inserted.isEmpty()) {
                return;
            }
            requestId = inserted.get();
            audit.record("system", "COACHING_REQUESTED", "employee:" + report.id(),
                    "session=" + requestId + " predicate=" + submitted.predicate());
        } else if (existing.get().status() == CoachingStatus.CANCELLED) {
            requestId = existing.get().id();
            sessions.reopenRequest(requestId, report.supervisorId(), submitted.predicate(), dates.today(), clock.instant());
            audit.record("system", "COACHING_REQUESTED", "employee:" + report.id(),
                    "session=" + requestId + " predicate=" + submitted.predicate() + " again");
        } else if (existing.get().status() == CoachingStatus.UNPLANNED) {
            requestId = existing.get().id();
            sessions.updatePredicate(requestId, submitted.predicate(), clock.instant());
        } else {
            // planned already: the plan stands
            return;
        }
        messages.prompt(sessions.byId(requestId).orElseThrow(), submitted.at());
    }
}
