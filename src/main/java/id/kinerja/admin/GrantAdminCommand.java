package id.kinerja.admin;

import id.kinerja.employee.AdminRights;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grant-admin", description = {"Give an employee HR rights (/admin in the bot, recaps, imports, link codes)",
        "for the whole organisation, or with --unit for one unit and every unit below it."})
class GrantAdminCommand extends AdminCommand {

    @Parameters(paramLabel = "NIP", description = "the employee's NIP")
    String nip;

    @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "scope.cli.grant_admin_unit",
            description = "limit the rights to this unit's subtree (the unit's name as in the roster)")
    String unit;

    private final Employees employees;
    private final Units units;
    private final AdminRights adminRights;

    GrantAdminCommand(Employees employees, Units units, AdminRights adminRights) {
        this.employees = employees;
        this.units = units;
        this.adminRights = adminRights;
    }

    @Override
    public Integer call() {
        Optional<Employee> employee = EmployeeByNip.find(employees, nip, this);
        if (employee.isEmpty()) {
            return REFUSED;
        }
        Optional<Unit> scope = Optional.empty();
        if (unit != null) {
            scope = UnitByName.find(units, unit, this);
            if (scope.isEmpty()) {
                return REFUSED;
            }
        }
        AdminRights.Granted granted = adminRights.grant(employee.get(), scope, Requester.commandLine());
        String where = scope.map(u -> text("cli.admin_scope_unit", "unit", u.name())).orElse(text("cli.admin_scope_whole"));
        out().println(text(switch (granted) {
            case GRANTED -> "cli.admin_granted";
            case SCOPE_CHANGED -> "cli.admin_scope_changed";
            case ALREADY -> "cli.admin_already";
            case OUTSIDE_SCOPE -> throw new IllegalStateException("the command line acts on the whole organisation");
        }, "name", employee.get().name(), "nip", employee.get().nip(), "scope", where));
        return OK;
    }
}
