package id.kinerja.admin;

import id.kinerja.account.DeepLinks;
import id.kinerja.account.LinkCodes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link-code", description = {"Issue a fresh one-time link code for one employee; older unused codes "
        + "stop working.", "The last line of the output is the code alone."})
class LinkCodeCommand extends ScopedCommand {

    @Parameters(paramLabel = "NIP", description = "the employee's NIP")
    String nip;

    @Option(names = "--bot-username", description = "the bot's Telegram username, for the deep link")
    String botUsername;

    private final Employees employees;
    private final LinkCodes linkCodes;
    private final DeepLinks deepLinks;
    private final Units units;

    LinkCodeCommand(Employees employees, LinkCodes linkCodes, DeepLinks deepLinks, Units units) {
        this.employees = employees;
        this.linkCodes = linkCodes;
        this.deepLinks = deepLinks;
        this.units = units;
    }

    @Override
    public Integer call() {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        Optional<Employee> employee = EmployeeByNip.find(employees, nip, this);
        if (employee.isEmpty()) {
            return REFUSED;
        }
        Optional<String> issued = linkCodes.issue(employee.get(), requester.get());
        if (issued.isEmpty()) {
            return refuseWith("scope.cli.link_code_outside", "nip", employee.get().nip(),
                    "unit", employee.get().unitName(), "scope", unit.trim());
        }
        String code = issued.get();
        out().println(text("cli.link_code_for", "name", employee.get().name(), "nip", employee.get().nip()));
        deepLinks.botUsername(botUsername).ifPresentOrElse(
                bot -> out().println(text("cli.deep_link", "link", DeepLinks.link(bot, code))),
                () -> out().println(text("cli.in_telegram", "code", code)));
        out().println(code);
        return OK;
    }
}
