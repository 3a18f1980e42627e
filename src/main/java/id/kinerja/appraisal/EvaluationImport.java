package id.kinerja.appraisal;

import id.kinerja.spreadsheet.CsvRow;
import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.Cells;
import id.kinerja.spreadsheet.ImportCounts;
import id.kinerja.spreadsheet.ImportCounts.Change;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.Problem;
import id.kinerja.spreadsheet.UniqueRows;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports evaluations ({@code nip,period,work_result,behaviour,feedback}). The predicate comes from
 * {@link Predicate#of}; feedback obeys {@link FeedbackRule} as in the chat. A closed period is
 * frozen: only a migration of history from the command line ({@code --into-closed-period}) writes
 * into one, and it credits the HR person who imports ({@code --as}) as the evaluator and is audited.
 * Otherwise the evaluator is the employee's current supervisor. All-or-nothing, upsert on
 * (employee, period); each change is audited.
 */
@Service
public class EvaluationImport {

    /** The columns every evaluation file has. */
    public static final List<String> REQUIRED = List.of("nip", "period", "work_result", "behaviour");
    /** The longest value of each column; feedback has its own rule. */
    private static final Map<String, Integer> LIMITS = Map.of("nip", Cells.CODE, "period", Cells.CODE,
            "work_result", Cells.CODE, "behaviour", Cells.CODE);

    private record Row(int line, Employee employee, Period period, Rating workResult, Rating behaviour,
            String feedback) {}

    /**
     * Who is audited, who is credited as evaluator (null: the employee's current supervisor), and
     * whether closed periods may be written.
     */
    private record Mode(Requester requester, Employee importer, boolean intoClosedPeriods, List<AdminScope> scopes) {
        String actor() {
            return requester.auditActor();
        }
    }

    private final JdbcClient jdbc;
    private final Employees employees;
    private final Periods periods;
    private final AuditLog audit;
    private final Objections objections;
    private final AdminScopes scopes;

    EvaluationImport(JdbcClient jdbc, Employees employees, Periods periods, AuditLog audit, Objections objections,
                     AdminScopes scopes) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.periods = periods;
        this.audit = audit;
        this.objections = objections;
        this.scopes = scopes;
    }

    /**
     * Into open periods only, for HR, audited as done by {@code requester}; the evaluator is each employee's
     * supervisor. Anyone else is refused before anything is read; a row of someone outside the requester's part of
     * the organisation refuses the whole file.
     */
    @Transactional
    public ImportOutcome importEvaluations(CsvTable table, String source, Requester requester) {
        requester.requireHr();
        return importEvaluations(table, source, new Mode(requester, null, false, List.of(scopes.of(requester))));
    }

    /**
     * From the command line as the HR person {@code importer}, who is audited and credited as the
     * evaluator; closed periods only when {@code intoClosedPeriods} (a migration of history).
     */
    @Transactional
    public ImportOutcome importEvaluations(CsvTable table, String source, Employee importer,
                                           boolean intoClosedPeriods) {
        return importEvaluations(table, source, importer, intoClosedPeriods, Requester.commandLine());
    }

    /**
     * As {@link #importEvaluations(CsvTable, String, Employee, boolean)}, limited to the people both the importer's
     * part of the organisation and {@code within} (the command line's {@code --unit}) cover.
     */
    @Transactional
    public ImportOutcome importEvaluations(CsvTable table, String source, Employee importer,
                                           boolean intoClosedPeriods, Requester within) {
        Requester requester = Requester.of(importer);
        requester.requireHr();
        return importEvaluations(table, source, new Mode(requester, importer, intoClosedPeriods,
                List.of(scopes.of(requester), scopes.of(within))));
    }

    private ImportOutcome importEvaluations(CsvTable table, String source, Mode mode) {
        ValidationReport report = new ValidationReport();
        if (!report.requireColumns(table, REQUIRED)) {
            return ImportOutcome.rejected(report);
        }
        RosterLookup lookup = new RosterLookup(employees, periods, mode.scopes());
        List<Row> rows = UniqueRows.parse(table, LIMITS, report,
                (row, problems) -> parse(row, lookup, mode, problems),
                parsed -> parsed.employee().id() + "|" + parsed.period().id(),
                (parsed, first) -> Problem.of(parsed.line(), "problems.duplicate_evaluation",
                        "nip", parsed.employee().nip(), "period", parsed.period().code(), "first", first));
        if (!report.isEmpty()) {
            return ImportOutcome.rejected(report);
        }
        if (!mode.intoClosedPeriods()) {
            // read open above; one may have closed since, and none may close until this transaction ends
            Set<Long> closed = periods.lockClosedAmong(rows.stream().map(row -> row.period().id()).toList());
            rows.stream().filter(row -> closed.contains(row.period().id())).forEach(row -> closedPeriod(row.line(),
                    row.period(), report));
            if (!report.isEmpty()) {
                return ImportOutcome.rejected(report);
            }
        }
        ImportCounts counts = ImportCounts.none();
        Set<String> closedPeriods = new TreeSet<>();
        for (Row row : rows) {
            Change change = upsert(row, source, mode);
            counts = counts.add(change);
            if (!row.period().isOpen() && change != Change.UNCHANGED) {
                closedPeriods.add(row.period().code());
            }
        }
        audit.record(mode.actor(), "EVALUATIONS_IMPORTED", source, counts.toString());
        if (!closedPeriods.isEmpty()) {
            audit.record(mode.actor(), "EVALUATIONS_IMPORTED_INTO_CLOSED_PERIOD", source,
                    "periods=" + String.join(",", closedPeriods) + " evaluator=employee:" + mode.importer().nip()
                            + " " + counts);
        }
        return ImportOutcome.done(counts);
    }

    private static void closedPeriod(int line, Period period, ValidationReport report) {
        report.add(line, "problems.closed_period_evaluation", "period", period.code());
    }

    private Optional<Row> parse(CsvRow row, RosterLookup lookup, Mode mode, ValidationReport report) {
        int line = row.line();
        var employee = lookup.employee(row.get("nip"));
        var period = lookup.period(row.get("period"));
        boolean valid = employee.found(line, report);
        if (valid && mode.importer() != null && employee.value().id() == mode.importer().id()) {
            report.add(line, "problems.own_evaluation", "nip", employee.value().nip());
            valid = false;
        }
        if (period.found(line, report)) {
            if (!period.value().isOpen() && !mode.intoClosedPeriods()) {
                closedPeriod(line, period.value(), report);
                valid = false;
            }
        } else {
            valid = false;
        }
        if (valid) {
            // the same rule as a submit in the chat (EvaluatingReport.refusal): an objection's decider settles it
            Optional<Objection> objection = objections.of(employee.value().id(), period.value().id());
            if (objection.isPresent()) {
                report.add(line, objection.get().isOpen() ? "problems.evaluation_under_objection"
                        : "problems.evaluation_decided_by_objection", "nip", employee.value().nip().value(),
                        "period", period.value().code());
                valid = false;
            }
        }
        Optional<Rating> workResult = rating(row, "work_result", report);
        Optional<Rating> behaviour = rating(row, "behaviour", report);
        if (workResult.isEmpty() || behaviour.isEmpty()) {
            return Optional.empty();
        }
        String feedback = FeedbackRule.normalise(row.get("feedback"));
        Optional<FeedbackRule.Problem> problem = FeedbackRule.problem(feedback, workResult.get(), behaviour.get());
        if (problem.isPresent()) {
            switch (problem.get().kind()) {
                case REQUIRED -> report.add(line, "problems.feedback_required");
                case TOO_LONG -> report.add(line, "problems.feedback_too_long", "length", problem.get().length(),
                        "max", FeedbackRule.MAX_LENGTH);
                case CONTROL_CHARACTER -> report.add(line, "problems.control_character", "column", "feedback",
                        "character", problem.get().character());
            }
            valid = false;
        }
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, employee.value(), period.value(), workResult.get(), behaviour.get(),
                feedback));
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

    private Change upsert(Row row, String source, Mode mode) {
        record Stored(Long evaluatorId, String workResult, String behaviour, String predicate, String feedback) {}
        Predicate predicate = Predicate.of(row.workResult(), row.behaviour());
        Long evaluator = mode.importer() == null ? row.employee().supervisorId() : mode.importer().id();
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
        audit.record(mode.actor(), "EVALUATION_IMPORTED", "employee:" + row.employee().nip(),
                "period=" + row.period().code() + (row.period().isOpen() ? "" : " (closed)")
                        + " work_result=" + row.workResult() + " behaviour=" + row.behaviour()
                        + " predicate=" + predicate + " evaluator="
                        + (mode.importer() == null ? "supervisor" : "employee:" + mode.importer().nip())
                        + " (" + change.name().toLowerCase(java.util.Locale.ROOT) + ", " + source + ")");
        return change;
    }
}
