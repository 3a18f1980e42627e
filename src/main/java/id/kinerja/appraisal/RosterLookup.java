package id.kinerja.appraisal;

import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import id.kinerja.employee.NipProblems;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the employee and the period a file row names, once per distinct value; an employee outside the importer's
 * {@link AdminScope} (every one of {@code scopes}) is a problem of the row, like an unknown NIP.
 */
final class RosterLookup {

    private final Employees employees;
    private final Periods periods;
    private final List<AdminScope> scopes;
    private final Map<String, Optional<Employee>> employeeByNip = new HashMap<>();
    private final Map<String, Optional<Period>> periodByCode = new HashMap<>();

    RosterLookup(Employees employees, Periods periods, List<AdminScope> scopes) {
        this.employees = employees;
        this.periods = periods;
        this.scopes = List.copyOf(scopes);
    }

    /** The employee with that NIP (normalised), or the problem with it. */
    Result<Employee> employee(String raw) {
        String nip = Nip.normalise(raw);
        if (nip.isEmpty()) {
            return Result.problem("problems.empty_value", "column", "nip");
        }
        Optional<Nip.Problem> problem = Nip.check(nip, Nip.Kind.PPPK);
        if (problem.isPresent()) {
            return Result.problem(NipProblems.key(problem.get()), "nip", raw);
        }
        Optional<Employee> employee = employeeByNip.computeIfAbsent(nip, n -> employees.byNip(new Nip(n)));
        if (employee.isEmpty()) {
            return Result.problem("problems.unknown_nip", "nip", nip);
        }
        if (!employee.get().active()) {
            return Result.problem("problems.inactive_employee", "nip", nip);
        }
        for (AdminScope scope : scopes) {
            if (!scope.covers(employee.get())) {
                // the NIP was typed by HR; the name of someone outside its part is not told
                return Result.problem("scope.employee_outside", "nip", nip, "unit", employee.get().unitName(),
                        "scope", scope.root().orElseThrow().name());
            }
        }
        return Result.of(employee.get());
    }

    Result<Period> period(String code) {
        if (code.isEmpty()) {
            return Result.problem("problems.empty_value", "column", "period");
        }
        return periodByCode.computeIfAbsent(code, periods::byCode)
                .map(Result::of)
                .orElseGet(() -> Result.problem("problems.unknown_period", "period", code));
    }

    /** A found value, or why there is none: the text key of the problem and its arguments. */
    record Result<T>(T value, String problem, Object... args) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String key, Object... args) {
            return new Result<>(null, key, args);
        }

        boolean found(int line, ValidationReport report) {
            if (problem != null) {
                report.add(line, problem, args);
            }
            return problem == null;
        }
    }
}
