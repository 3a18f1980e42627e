package id.kinerja.appraisal;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.ValidationReport;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens an appraisal period from the command line: a new code, start ≤ end, an evaluation deadline on or after the end. */
@Service
public class OpeningPeriod {

    private final Periods periods;
    private final AuditLog audit;

    OpeningPeriod(Periods periods, AuditLog audit) {
        this.periods = periods;
        this.audit = audit;
    }

    /** The problems that stopped it, or an empty report when the period is open. */
    @Transactional
    public ValidationReport open(String code, Period.Kind kind, LocalDate start, LocalDate end, LocalDate due) {
        ValidationReport report = new ValidationReport();
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty()) {
            report.add("problems.period_code_empty");
        } else {
            periods.byCode(trimmed).ifPresent(existing -> report.add(
                    existing.isOpen() ? "problems.period_exists_open" : "problems.period_exists_closed",
                    "period", trimmed, "start", existing.start(), "end", existing.end()));
        }
        if (start.isAfter(end)) {
            report.add("problems.start_after_end", "start", start, "end", end);
        }
        if (due.isBefore(end)) {
            report.add("problems.due_before_end", "due", due, "end", end);
        }
        if (!report.isEmpty()) {
            return report;
        }
        periods.open(trimmed, kind, start, end, due);
        audit.record(Requester.commandLine().auditActor(), "PERIOD_OPENED", "period:" + trimmed,
                kind + " " + start + " to " + end + ", due " + due);
        return report;
    }
}
