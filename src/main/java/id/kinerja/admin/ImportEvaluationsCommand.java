package id.kinerja.admin;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-evaluations", description = {
        "Import evaluations from a CSV file, e.g. history from another system.",
        "Columns nip,period,work_result,behaviour and optionally feedback.",
        "Ratings: BELOW, MEETS, ABOVE or Di Bawah Ekspektasi, Sesuai Ekspektasi, Di Atas Ekspektasi.",
        "The predicate is computed; the evaluator is the employee's current supervisor.",
        "Closed periods are allowed. Nothing is imported if any row is bad; re-importing updates."})
class ImportEvaluationsCommand extends AdminCommand {

    @Parameters(paramLabel = "FILE", description = "the evaluations CSV file")
    Path file;

    private final EvaluationImport evaluationImport;

    ImportEvaluationsCommand(EvaluationImport evaluationImport) {
        this.evaluationImport = evaluationImport;
    }

    @Override
    public Integer call() {
        return importFile(file, "evaluations", evaluationImport::importEvaluations);
    }
}
