package id.kinerja.admin;

import id.kinerja.employee.AdminRights;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "grant-admin", description = "Give an employee HR rights (/admin in the bot, all recaps).")
class GrantAdminCommand extends AdminCommand {

    @Parameters(paramLabel = "NIP", description = "the employee's NIP")
    String nip;

    private final Employees employees;
    private final AdminRights adminRights;

    GrantAdminCommand(Employees employees, AdminRights adminRights) {
        this.employees = employees;
        this.adminRights = adminRights;
    }

    @Override
    public Integer call() {
        Optional<Employee> employee = EmployeeByNip.find(employees, nip, this);
        if (employee.isEmpty()) {
            return REFUSED;
        }
        boolean granted = adminRights.grant(employee.get(), Requester.commandLine());
        out().println(text(granted ? "cli.admin_granted" : "cli.admin_already", "name", employee.get().name(),
                "nip", employee.get().nip()));
        return OK;
    }
}
