package id.kinerja.admin;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.RecapExport;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import id.kinerja.spreadsheet.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export-recap", description = {"Write the recap of a period as XLSX or CSV, chosen by the file name:",
        "FILE.xlsx is an Excel workbook (one sheet named after the period, NIPs as text, dates as dates)",
        "with column names, ratings and predicates as the bot's labels in the language of KINERJA_CLI_LANGUAGE;",
        "FILE.csv is CSV (UTF-8 with BOM, opens in Excel) with the column names and codes below.",
        "One row per active employee: nip,name,unit,position,supervisor,work_result,behaviour,predicate,evaluated_at (WIB);",
        "rating columns are empty when not evaluated."})
class ExportRecapCommand extends ScopedCommand {

    @Parameters(paramLabel = "CODE", description = "the period's code")
    String code;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "a file name ending in .xlsx or .csv")
    Path outFile;

    private final Periods periods;
    private final RecapExport recapExport;
    private final Units units;

    ExportRecapCommand(Periods periods, RecapExport recapExport, Units units) {
        this.periods = periods;
        this.recapExport = recapExport;
        this.units = units;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        Optional<ExportFormat> format = ExportFormat.of(String.valueOf(outFile.getFileName()));
        if (format.isEmpty()) {
            return refuseWith("cli.recap_file_name", "file", outFile);
        }
        Optional<Period> period = periods.byCode(code.trim());
        if (period.isEmpty()) {
            return refuseWith("problems.period_not_found", "period", code);
        }
        if (!Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            return refuseWith("cli.folder_of_file_missing", "file", outFile);
        }
        Path temporary = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".recap",
                "." + format.get().extension());
        try {
            int rows;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                rows = recapExport.export(period.get(), format.get(), language(), stream, outFile.toString(),
                        requester.get());
            }
            Files.move(temporary, outFile, StandardCopyOption.REPLACE_EXISTING);
            out().println(text("cli.recap_written", "code", period.get().code(), "rows", rows, "file", outFile));
        } finally {
            Files.deleteIfExists(temporary);
        }
        return OK;
    }
}
