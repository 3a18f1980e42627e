package id.kinerja.admin;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the employee and the period a file row names, once per distinct value. */
final class RosterLookup {

    private final Employees employees;
    private final Periods periods;
    private final Map<String, Optional<Employee>> employeeByNip = new HashMap<>();
    private final Map<String, Optional<Period>> periodByCode = new HashMap<>();

    RosterLookup(Employees employees, Periods periods) {
        this.employees = employees;
        this.periods = periods;
    }

    /** The employee with that NIP (normalised), or a problem message. */
    Result<Employee> employee(String raw) {
        String nip = Nip.normalise(raw);
        if (nip.isEmpty()) {
            return Result.problem("empty nip");
        }
        if (Nip.problemWith(nip, Nip.Kind.PPPK).isPresent()) {
            return Result.problem("unknown NIP " + raw + " (not 18 valid digits)");
        }
        Optional<Employee> employee = employeeByNip.computeIfAbsent(nip, n -> employees.byNip(new Nip(n)));
        if (employee.isEmpty()) {
            return Result.problem("unknown NIP " + nip);
        }
        if (!employee.get().active()) {
            return Result.problem("employee " + nip + " is not active");
        }
        return Result.of(employee.get());
    }

    Result<Period> period(String code) {
        if (code.isEmpty()) {
            return Result.problem("empty period");
        }
        return periodByCode.computeIfAbsent(code, periods::byCode)
                .map(Result::of)
                .orElseGet(() -> Result.problem("unknown period \"" + code + "\""));
    }

    /** A found value or why there is none. */
    record Result<T>(T value, String problem) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(String problem) {
            return new Result<>(null, problem);
        }

        boolean found(int line, ValidationReport report) {
            if (problem != null) {
                report.add(line, problem);
            }
            return problem == null;
        }
    }
}
