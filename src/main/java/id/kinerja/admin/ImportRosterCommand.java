package id.kinerja.admin;

import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterImport;
import id.kinerja.employee.Units;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-roster", description = {
        "Import the roster (employees, units, supervisors) from a CSV file.",
        "Columns nip,name,position,unit,supervisor_nip and optionally role (ADMIN or HR: HR rights; EMPLOYEE: none; empty: unchanged),",
        "status (PNS, the default, or PPPK) and parent_unit. Units are created by name.",
        "Every row is checked first; if any row is bad nothing is imported and each problem is listed",
        "with its line number. Employees are matched by NIP; re-importing the same file changes nothing.",
        "Employees missing from the file are NOT deactivated or deleted."})
class ImportRosterCommand extends ScopedCommand {

    @Parameters(paramLabel = "FILE", description = "the roster CSV file")
    Path file;

    private final RosterImport rosterImport;
    private final Units units;

    ImportRosterCommand(RosterImport rosterImport, Units units) {
        this.rosterImport = rosterImport;
        this.units = units;
    }

    @Override
    public Integer call() {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        return importFile(file, "cli.what_roster",
                (table, source) -> rosterImport.importRoster(table, source, requester.get()));
    }
}
