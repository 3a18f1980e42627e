package id.kinerja.admin;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import java.util.Optional;

/** Finds the employee a command-line NIP argument names; the problem is printed for the user otherwise. */
final class EmployeeByNip {

    private EmployeeByNip() {}

    static Optional<Employee> find(Employees employees, String raw, AdminCommand command) {
        String nip = Nip.normalise(raw);
        Optional<Employee> employee = Nip.problemWith(nip, Nip.Kind.PPPK).isPresent() ? Optional.empty()
                : employees.byNip(new Nip(nip));
        if (employee.isEmpty()) {
            command.refuseWith("cli.no_employee", "nip", raw);
        } else if (!employee.get().active()) {
            command.refuseWith("cli.employee_inactive", "nip", nip, "name", employee.get().name());
            return Optional.empty();
        }
        return employee;
    }
}
