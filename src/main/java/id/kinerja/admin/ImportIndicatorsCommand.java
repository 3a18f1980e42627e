package id.kinerja.admin;

import id.kinerja.appraisal.IndicatorImport;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-indicators", description = {
        "Import performance indicators (targets, realisations) from a CSV file.",
        "Columns nip,period,indicator,target,unit,direction and optionally realisation and weight (default 1).",
        "Numbers may be written 12.5 or 12,5. Direction: HIGHER_IS_BETTER or LOWER_IS_BETTER.",
        "Only open periods. All rows are checked first; nothing is imported if any row is bad.",
        "An indicator is matched by NIP, period and name, so re-importing updates it."})
class ImportIndicatorsCommand extends ScopedCommand {

    @Parameters(paramLabel = "FILE", description = "the indicators CSV file")
    Path file;

    private final IndicatorImport indicatorImport;
    private final Units units;

    ImportIndicatorsCommand(IndicatorImport indicatorImport, Units units) {
        this.indicatorImport = indicatorImport;
        this.units = units;
    }

    @Override
    public Integer call() {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        return importFile(file, "cli.what_indicators",
                (table, source) -> indicatorImport.importIndicators(table, source, requester.get()));
    }
}
