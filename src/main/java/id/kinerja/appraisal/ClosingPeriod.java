package id.kinerja.appraisal;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.Problem;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes an open period (from the command line): no more changes after this. Publishes {@link PeriodClosed} in the
 * same transaction.
 */
@Service
public class ClosingPeriod {

    private final Periods periods;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ClosingPeriod(Periods periods, AuditLog audit, ApplicationEventPublisher events) {
        this.periods = periods;
        this.audit = audit;
        this.events = events;
    }

    /** Why it could not be closed, or empty when it is closed now. */
    @Transactional
    public Optional<Problem> close(String code) {
        Optional<Period> period = periods.byCode(code);
        if (period.isEmpty()) {
            return Optional.of(Problem.of(0, "problems.period_not_found", "period", code));
        }
        if (!periods.close(period.get().id())) {
            return Optional.of(Problem.of(0, "problems.period_already_closed", "period", code));
        }
        audit.record(Requester.commandLine().auditActor(), "PERIOD_CLOSED", "period:" + code, null);
        events.publishEvent(new PeriodClosed(period.get().id(), code));
        return Optional.empty();
    }
}
