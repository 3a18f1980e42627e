package id.kinerja.chat;

import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.appraisal.EvaluationImport;
import id.kinerja.appraisal.IndicatorImport;
import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterImport;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.Problem;
import id.kinerja.spreadsheet.TableReader;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV or XLSX file that HR sent to the bot: the kind (roster, indicators or evaluations) is told
 * by the header, then the matching all-or-nothing import of its module runs for the requester (each
 * import refuses anyone but HR).
 */
@Service
class FileImports {

    /** What a file holds, and the columns its header must have. */
    enum Kind {
        ROSTER(RosterImport.REQUIRED, List.of("supervisor_nip", "position")),
        INDICATORS(IndicatorImport.REQUIRED, List.of("indicator", "target", "direction", "realisation")),
        EVALUATIONS(EvaluationImport.REQUIRED, List.of("work_result", "behaviour"));

        private final List<String> columns;
        private final List<String> telling;

        Kind(List<String> columns, List<String> telling) {
            this.columns = columns;
            this.telling = telling;
        }

        /** The columns every file of this kind must have, in the usual order. */
        List<String> columns() {
            return columns;
        }
    }

    enum Status {
        /** Everything was written; see the counts. */
        IMPORTED,
        /** Nothing was written; see the problems, in file order. */
        REJECTED,
        /** The header matches no kind of file; nothing was written. */
        UNKNOWN_KIND
    }

    /**
     * @param kind     null when the file could not be read or its kind is unknown
     * @param problems why it was rejected, to be shown in the reader's language
     * @param header   the columns found in the file (lower case), for telling HR what was there
     */
    record Result(Status status, Kind kind, int added, int updated, int unchanged, List<Problem> problems,
                         List<String> header) {
        public Result {
            problems = List.copyOf(problems);
            header = List.copyOf(header);
        }
    }

    private final RosterImport roster;
    private final IndicatorImport indicators;
    private final EvaluationImport evaluations;

    FileImports(RosterImport roster, IndicatorImport indicators, EvaluationImport evaluations) {
        this.roster = roster;
        this.indicators = indicators;
        this.evaluations = evaluations;
    }

    Result importFile(byte[] content, String fileName, Requester requester) {
        ValidationReport report = new ValidationReport();
        CsvTable table = TableReader.read(content, fileName, report::add);
        if (!report.isEmpty()) {
            return new Result(Status.REJECTED, detect(table.header()).orElse(null), 0, 0, 0, report.problems(),
                    table.header());
        }
        Optional<Kind> kind = detect(table.header());
        if (kind.isEmpty()) {
            return new Result(Status.UNKNOWN_KIND, null, 0, 0, 0, List.of(), table.header());
        }
        String source = "telegram:" + fileName;
        ImportOutcome outcome = switch (kind.get()) {
            case ROSTER -> roster.importRoster(table, source, requester);
            case INDICATORS -> indicators.importIndicators(table, source, requester);
            case EVALUATIONS -> evaluations.importEvaluations(table, source, requester);
        };
        if (!outcome.ok()) {
            return new Result(Status.REJECTED, kind.get(), 0, 0, 0, outcome.problems().problems(), table.header());
        }
        return new Result(Status.IMPORTED, kind.get(), outcome.counts().added(), outcome.counts().updated(),
                outcome.counts().unchanged(), List.of(), table.header());
    }

    /**
     * The kind whose required columns are all in the header. Failing that, the one kind whose telling
     * columns (e.g. {@code supervisor_nip}) appear, so its import can name the missing columns;
     * otherwise (nothing telling, or signs of two kinds) empty.
     */
    static Optional<Kind> detect(List<String> header) {
        List<Kind> complete = new ArrayList<>();
        List<Kind> hinted = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (header.containsAll(kind.columns)) {
                complete.add(kind);
            }
            if (kind.telling.stream().anyMatch(header::contains)) {
                hinted.add(kind);
            }
        }
        if (complete.size() == 1) {
            return Optional.of(complete.get(0));
        }
        if (complete.isEmpty() && hinted.size() == 1) {
            return Optional.of(hinted.get(0));
        }
        return Optional.empty();
    }
}
