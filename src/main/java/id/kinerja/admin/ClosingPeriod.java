package id.kinerja.admin;

import id.kinerja.appraisal.PeriodClosed;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.AuditLog;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closes an open period: no more changes after this. Publishes {@link PeriodClosed} in the same transaction. */
@Service
public class ClosingPeriod {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ClosingPeriod(JdbcClient jdbc, Periods periods, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        int updated = jdbc.sql("update appraisal_period set status = 'CLOSED', closed_at = now() where id = ? and status = 'OPEN'")
                .param(period.get().id()).update();
        if (updated == 0) {
            return Optional.of(Problem.of(0, "problems.period_already_closed", "period", code));
        }
        audit.record(AdminCli.ACTOR, "PERIOD_CLOSED", "period:" + code, null);
        events.publishEvent(new PeriodClosed(period.get().id(), code));
        return Optional.empty();
    }
}
