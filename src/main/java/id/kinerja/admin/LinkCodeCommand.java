package id.kinerja.admin;

import id.kinerja.account.DeepLinks;
import id.kinerja.account.LinkCodes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link-code", description = {"Issue a fresh one-time link code for one employee; older unused codes "
        + "stop working.", "The last line of the output is the code alone."})
class LinkCodeCommand extends AdminCommand {

    @Parameters(paramLabel = "NIP", description = "the employee's NIP")
    String nip;

    @Option(names = "--bot-username", description = "the bot's Telegram username, for the deep link")
    String botUsername;

    private final Employees employees;
    private final LinkCodes linkCodes;
    private final DeepLinks deepLinks;

    LinkCodeCommand(Employees employees, LinkCodes linkCodes, DeepLinks deepLinks) {
        this.employees = employees;
        this.linkCodes = linkCodes;
        this.deepLinks = deepLinks;
    }

    @Override
    public Integer call() {
        Optional<Employee> employee = EmployeeByNip.find(employees, nip, this);
        if (employee.isEmpty()) {
            return REFUSED;
        }
        String code = linkCodes.issue(employee.get(), AdminCli.ACTOR);
        out().println(text("cli.link_code_for", "name", employee.get().name(), "nip", employee.get().nip()));
        deepLinks.botUsername(botUsername).ifPresentOrElse(
                bot -> out().println(text("cli.deep_link", "link", DeepLinks.link(bot, code))),
                () -> out().println(text("cli.in_telegram", "code", code)));
        out().println(code);
        return OK;
    }
}
