package id.kinerja.appraisal;

import id.kinerja.spreadsheet.CsvRow;
import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.spreadsheet.Cells;
import id.kinerja.spreadsheet.Decimals;
import id.kinerja.spreadsheet.ImportCounts;
import id.kinerja.spreadsheet.ImportCounts.Change;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.Problem;
import id.kinerja.spreadsheet.UniqueRows;
import id.kinerja.spreadsheet.ValidationReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports performance indicators ({@code nip,period,indicator,target,unit,realisation,direction,weight})
 * into open periods; all-or-nothing, upsert on (employee, period, indicator name); only people inside the
 * importer's part of the organisation.
 */
@Service
public class IndicatorImport {

    /** The columns every indicator file has. */
    public static final List<String> REQUIRED = List.of("nip", "period", "indicator", "target", "unit", "direction");
    /** The longest value of each column, as the indicator table holds them. */
    static final int INDICATOR = 300;
    static final int UNIT_OF_MEASURE = 100;
    private static final Map<String, Integer> LIMITS = Map.of("nip", Cells.CODE, "period", Cells.CODE,
            "indicator", INDICATOR, "target", Cells.CODE, "unit", UNIT_OF_MEASURE, "realisation", Cells.CODE,
            "direction", Cells.CODE, "weight", Cells.CODE);
    private static final BigDecimal MAX_TARGET = new BigDecimal("999999999999.99");
    private static final BigDecimal MAX_WEIGHT = new BigDecimal("99999.99");

    private record Row(int line, Employee employee, Period period, String name, BigDecimal target, String unit,
            BigDecimal realisation, Direction direction, BigDecimal weight) {}

    private final JdbcClient jdbc;
    private final Employees employees;
    private final Periods periods;
    private final AuditLog audit;
    private final AdminScopes scopes;

    IndicatorImport(JdbcClient jdbc, Employees employees, Periods periods, AuditLog audit, AdminScopes scopes) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.periods = periods;
        this.audit = audit;
        this.scopes = scopes;
    }

    /**
     * Imports indicators for HR, audited as done by {@code requester}; anyone else is refused before any read. A row
     * of someone outside the requester's part of the organisation refuses the whole file.
     */
    @Transactional
    public ImportOutcome importIndicators(CsvTable table, String source, Requester requester) {
        requester.requireHr();
        ValidationReport report = new ValidationReport();
        if (!report.requireColumns(table, REQUIRED)) {
            return ImportOutcome.rejected(report);
        }
        RosterLookup lookup = new RosterLookup(employees, periods, List.of(scopes.of(requester)));
        List<Row> rows = UniqueRows.parse(table, LIMITS, report, (row, problems) -> parse(row, lookup, problems),
                parsed -> parsed.employee().id() + "|" + parsed.period().id() + "|" + parsed.name(),
                (parsed, first) -> Problem.of(parsed.line(), "problems.duplicate_indicator", "indicator", parsed.name(),
                        "nip", parsed.employee().nip(), "period", parsed.period().code(), "first", first));
        if (!report.isEmpty()) {
            return ImportOutcome.rejected(report);
        }
        // read open above; one may have closed since, and none may close until this transaction ends
        Set<Long> closed = periods.lockClosedAmong(rows.stream().map(row -> row.period().id()).toList());
        rows.stream().filter(row -> closed.contains(row.period().id())).forEach(row ->
                report.add(row.line(), "problems.closed_period", "period", row.period().code()));
        if (!report.isEmpty()) {
            return ImportOutcome.rejected(report);
        }
        ImportCounts counts = ImportCounts.none();
        for (Row row : rows) {
            counts = counts.add(upsert(row));
        }
        audit.record(requester.auditActor(), "INDICATORS_IMPORTED", source, counts.toString());
        return ImportOutcome.done(counts);
    }

    private Optional<Row> parse(CsvRow row, RosterLookup lookup, ValidationReport report) {
        int line = row.line();
        var employee = lookup.employee(row.get("nip"));
        boolean valid = employee.found(line, report);
        var period = lookup.period(row.get("period"));
        if (period.found(line, report) && !period.value().isOpen()) {
            report.add(line, "problems.closed_period", "period", period.value().code());
            valid = false;
        }
        valid &= period.problem() == null;
        String name = row.get("indicator");
        String unit = row.get("unit");
        if (name.isEmpty()) {
            report.add(line, "problems.empty_value", "column", "indicator");
            valid = false;
        }
        if (unit.isEmpty()) {
            report.add(line, "problems.empty_value", "column", "unit");
            valid = false;
        }
        BigDecimal target = number(row, "target", line, report, MAX_TARGET, false);
        BigDecimal realisation = row.isBlank("realisation") ? null
                : number(row, "realisation", line, report, MAX_TARGET, false);
        BigDecimal weight = row.isBlank("weight") ? BigDecimal.ONE : number(row, "weight", line, report, MAX_WEIGHT, true);
        Optional<Direction> direction = Direction.parse(row.get("direction"));
        if (row.isBlank("direction")) {
            report.add(line, "problems.empty_value", "column", "direction");
        } else if (direction.isEmpty()) {
            report.add(line, "problems.unknown_direction", "value", row.get("direction"));
        }
        valid &= target != null && weight != null && direction.isPresent()
                && (realisation != null || row.isBlank("realisation"));
        if (!valid) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, employee.value(), period.value(), name, target, unit, realisation,
                direction.get(), weight));
    }

    private static BigDecimal number(CsvRow row, String column, int line, ValidationReport report, BigDecimal max,
            boolean positive) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            report.add(line, "problems.empty_value", "column", column);
            return null;
        }
        Optional<BigDecimal> value = Decimals.parse(raw);
        if (value.isEmpty()) {
            report.add(line, "problems.not_a_number", "column", column, "value", raw);
            return null;
        }
        BigDecimal number = value.get();
        if (number.signum() < 0 || (positive && number.signum() == 0)) {
            report.add(line, positive ? "problems.not_positive" : "problems.negative", "column", column, "value", raw);
            return null;
        }
        if (number.stripTrailingZeros().scale() > 2 || number.compareTo(max) > 0) {
            report.add(line, "problems.too_precise", "column", column, "value", raw);
            return null;
        }
        return number;
    }

    private Change upsert(Row row) {
        record Stored(BigDecimal target, String unit, BigDecimal realisation, String direction, BigDecimal weight) {}
        Optional<Stored> stored = jdbc.sql("""
                select target, unit_of_measure, realisation, direction, weight from indicator
                 where employee_id = ? and period_id = ? and name = ?
                """).params(row.employee().id(), row.period().id(), row.name())
                .query((rs, n) -> new Stored(rs.getBigDecimal(1), rs.getString(2), rs.getBigDecimal(3),
                        rs.getString(4), rs.getBigDecimal(5)))
                .optional();
        if (stored.isEmpty()) {
            jdbc.sql("""
                    insert into indicator (employee_id, period_id, name, target, unit_of_measure, realisation, direction, weight)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    """).params(row.employee().id(), row.period().id(), row.name(), row.target(), row.unit(),
                    row.realisation(), row.direction().name(), row.weight()).update();
            return Change.ADDED;
        }
        Stored s = stored.get();
        boolean same = s.target().compareTo(row.target()) == 0 && s.unit().equals(row.unit())
                && (s.realisation() == null ? row.realisation() == null
                        : row.realisation() != null && s.realisation().compareTo(row.realisation()) == 0)
                && s.direction().equals(row.direction().name()) && s.weight().compareTo(row.weight()) == 0;
        if (same) {
            return Change.UNCHANGED;
        }
        jdbc.sql("""
                update indicator set target = ?, unit_of_measure = ?, realisation = ?, direction = ?, weight = ?
                 where employee_id = ? and period_id = ? and name = ?
                """).params(row.target(), row.unit(), row.realisation(), row.direction().name(), row.weight(),
                row.employee().id(), row.period().id(), row.name()).update();
        return Change.UPDATED;
    }
}
