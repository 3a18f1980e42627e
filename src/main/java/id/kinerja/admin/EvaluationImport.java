package id.kinerja.admin;

import id.kinerja.admin.ImportCounts.Change;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports evaluations ({@code nip,period,work_result,behaviour,feedback}) to migrate history: closed
 * periods are allowed. The predicate comes from {@link Predicate#of}; the evaluator is the employee's
 * current supervisor. All-or-nothing, upsert on (employee, period); each change is audited.
 */
@Service
class EvaluationImport {

    static final List<String> REQUIRED = List.of("nip", "period", "work_result", "behaviour");

    private record Row(int line, Employee employee, Period period, Rating workResult, Rating behaviour,
            String feedback) {}

    private final JdbcClient jdbc;
    private final Employees employees;
    private final Periods periods;
    private final AuditLog audit;

    EvaluationImport(JdbcClient jdbc, Employees employees, Periods periods, AuditLog audit) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.periods = periods;
        this.audit = audit;
    }

    @Transactional
    public ImportOutcome importEvaluations(CsvTable table, String source) {
        return importEvaluations(table, source, AdminCli.ACTOR);
    }

    /** As {@link #importEvaluations(CsvTable, String)}, audited as done by {@code actor}. */
    @Transactional
    public ImportOutcome importEvaluations(CsvTable table, String source, String actor) {
        ValidationReport report = new ValidationReport();
        if (!report.requireColumns(table, REQUIRED)) {
            return ImportOutcome.rejected(report);
        }
        RosterLookup lookup = new RosterLookup(employees, periods);
        List<Row> rows = UniqueRows.parse(table, report, (row, problems) -> parse(row, lookup, problems),
                parsed -> parsed.employee().id() + "|" + parsed.period().id(),
                (parsed, first) -> Problem.of(parsed.line(), "problems.duplicate_evaluation",
                        "nip", parsed.employee().nip(), "period", parsed.period().code(), "first", first));
        if (!report.isEmpty()) {
            return ImportOutcome.rejected(report);
        }
        ImportCounts counts = ImportCounts.none();
        for (Row row : rows) {
            counts = counts.add(upsert(row, source, actor));
        }
        audit.record(actor, "EVALUATIONS_IMPORTED", source, counts.toString());
        return ImportOutcome.done(counts);
    }

    private Optional<Row> parse(CsvRow row, RosterLookup lookup, ValidationReport report) {
        int line = row.line();
        var employee = lookup.employee(row.get("nip"));
        var period = lookup.period(row.get("period"));
        boolean valid = employee.found(line, report);
        valid &= period.found(line, report);
        Optional<Rating> workResult = rating(row, "work_result", report);
        Optional<Rating> behaviour = rating(row, "behaviour", report);
        if (!valid || workResult.isEmpty() || behaviour.isEmpty()) {
            return Optional.empty();
        }
        String feedback = row.get("feedback");
        return Optional.of(new Row(line, employee.value(), period.value(), workResult.get(), behaviour.get(),
                feedback.isEmpty() ? null : feedback));
    }

    private static Optional<Rating> rating(CsvRow row, String column, ValidationReport report) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            report.add(row.line(), "problems.empty_value", "column", column);
            return Optional.empty();
        }
        Optional<Rating> rating = Rating.parse(raw);
        if (rating.isEmpty()) {
            report.add(row.line(), "problems.unknown_rating", "column", column, "value", raw);
        }
        return rating;
    }

    private Change upsert(Row row, String source, String actor) {
        record Stored(Long evaluatorId, String workResult, String behaviour, String predicate, String feedback) {}
        Predicate predicate = Predicate.of(row.workResult(), row.behaviour());
        Long evaluator = row.employee().supervisorId();
        Optional<Stored> stored = jdbc.sql("""
                select evaluator_id, work_result, behaviour, predicate, feedback from evaluation
                 where employee_id = ? and period_id = ?
                """).params(row.employee().id(), row.period().id())
                .query((rs, n) -> new Stored(rs.getObject(1, Long.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
        Change change;
        if (stored.isEmpty()) {
            jdbc.sql("""
                    insert into evaluation (employee_id, period_id, evaluator_id, work_result, behaviour, predicate, feedback)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """).params(row.employee().id(), row.period().id(), evaluator, row.workResult().name(),
                    row.behaviour().name(), predicate.name(), row.feedback()).update();
            change = Change.ADDED;
        } else {
            Stored s = stored.get();
            if (Objects.equals(s.evaluatorId(), evaluator) && s.workResult().equals(row.workResult().name())
                    && s.behaviour().equals(row.behaviour().name()) && s.predicate().equals(predicate.name())
                    && Objects.equals(s.feedback(), row.feedback())) {
                return Change.UNCHANGED;
            }
            jdbc.sql("""
                    update evaluation set evaluator_id = ?, work_result = ?, behaviour = ?, predicate = ?, feedback = ?,
                           updated_at = now()
                     where employee_id = ? and period_id = ?
                    """).params(evaluator, row.workResult().name(), row.behaviour().name(), predicate.name(),
                    row.feedback(), row.employee().id(), row.period().id()).update();
            change = Change.UPDATED;
        }
        audit.record(actor, "EVALUATION_IMPORTED", "employee:" + row.employee().nip(),
                "period=" + row.period().code() + " work_result=" + row.workResult() + " behaviour=" + row.behaviour()
                        + " predicate=" + predicate + " (" + change.name().toLowerCase(java.util.Locale.ROOT) + ", " + source + ")");
        return change;
    }
}
