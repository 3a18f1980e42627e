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
            command.refuse("no employee with NIP " + raw);
        } else if (!employee.get().active()) {
            command.refuse("employee " + nip + " (" + employee.get().name() + ") is not active");
            return Optional.empty();
        }
        return employee;
    }
}
