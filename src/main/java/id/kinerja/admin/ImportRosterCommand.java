package id.kinerja.admin;

import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterImport;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-roster", description = {
        "Import the roster (employees, units, supervisors) from a CSV file.",
        "Columns nip,name,position,unit,supervisor_nip and optionally role (ADMIN or HR: HR rights; EMPLOYEE: none; empty: unchanged),",
        "status (PNS, the default, or PPPK) and parent_unit. Units are created by name.",
        "Every row is checked first; if any row is bad nothing is imported and each problem is listed",
        "with its line number. Employees are matched by NIP; re-importing the same file changes nothing.",
        "Employees missing from the file are NOT deactivated or deleted."})
class ImportRosterCommand extends AdminCommand {

    @Parameters(paramLabel = "FILE", description = "the roster CSV file")
    Path file;

    private final RosterImport rosterImport;

    ImportRosterCommand(RosterImport rosterImport) {
        this.rosterImport = rosterImport;
    }

    @Override
    public Integer call() {
        return importFile(file, "cli.what_roster",
                (table, source) -> rosterImport.importRoster(table, source, Requester.commandLine()));
    }
}
