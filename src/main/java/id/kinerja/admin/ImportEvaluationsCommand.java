package id.kinerja.admin;

import id.kinerja.appraisal.EvaluationImport;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import id.kinerja.spreadsheet.ValidationReport;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-evaluations", description = {
        "Import evaluations from a CSV file, e.g. history from another system.",
        "Columns nip,period,work_result,behaviour and optionally feedback.",
        "Ratings: BELOW, MEETS, ABOVE or Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi.",
        "Feedback: at most 2000 characters, required when a rating is BELOW.",
        "The predicate is computed; the evaluator is the employee's current supervisor, or the --as HR person.",
        "Closed periods are refused unless --into-closed-period (with --as) is given.",
        "Nothing is imported if any row is bad; re-importing updates."})
class ImportEvaluationsCommand extends ScopedCommand {

    @Parameters(paramLabel = "FILE", description = "the evaluations CSV file")
    Path file;

    @Option(names = "--into-closed-period", description = "migrate history: rows may be in closed periods "
            + "(audited; needs --as)")
    boolean intoClosedPeriod;

    @Option(names = "--as", paramLabel = "NIP", description = "the HR person importing, an admin: audited as the "
            + "actor and recorded as the evaluator of every imported row")
    String importerNip;

    private final EvaluationImport evaluationImport;
    private final Employees employees;
    private final Units units;

    ImportEvaluationsCommand(EvaluationImport evaluationImport, Employees employees, Units units) {
        this.evaluationImport = evaluationImport;
        this.employees = employees;
        this.units = units;
    }

    @Override
    public Integer call() {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        ValidationReport report = new ValidationReport();
        if (importerNip == null) {
            if (intoClosedPeriod) {
                report.add("problems.importer_required");
                return refuse(report);
            }
            return importFile(file, "cli.what_evaluations",
                    (table, source) -> evaluationImport.importEvaluations(table, source, requester.get()));
        }
        Optional<Employee> importer = importer(report);
        if (importer.isEmpty()) {
            return refuse(report);
        }
        return importFile(file, "cli.what_evaluations",
                (table, source) -> evaluationImport.importEvaluations(table, source, importer.get(), intoClosedPeriod,
                        requester.get()));
    }

    private Optional<Employee> importer(ValidationReport report) {
        String nip = Nip.normalise(importerNip);
        Optional<Employee> employee = Nip.check(nip, Nip.Kind.PPPK).isPresent() ? Optional.empty()
                : employees.byNip(new Nip(nip)).filter(Employee::active);
        if (employee.isEmpty()) {
            report.add("problems.importer_unknown", "nip", importerNip);
        } else if (!employee.get().admin()) {
            report.add("problems.importer_not_admin", "nip", nip, "name", employee.get().name());
            return Optional.empty();
        }
        return employee;
    }
}
