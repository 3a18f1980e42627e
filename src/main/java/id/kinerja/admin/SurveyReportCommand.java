package id.kinerja.admin;

import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import id.kinerja.survey.SurveyPeriod;
import id.kinerja.survey.SurveyReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "survey-report", description = {"Write the citizen satisfaction survey (SKM) report of a period as an Excel workbook,",
        "in the language of KINERJA_CLI_LANGUAGE, with five sheets: the respondent profile per unit, NRR and",
        "converted score per element and unit, IKM and grade per unit and service with the minimum-sample status,",
        "the suggestions and complaints, and the follow-up plan (Rencana Tindak Lanjut) with each unit's three",
        "weakest elements. The last line printed is the file written."})
class SurveyReportCommand extends ScopedCommand {

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "a year (2026), semester (2026-S2), quarter (2026-Q4) or month (2026-11)")
    String period;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "a file name ending in .xlsx")
    Path outFile;

    private final SurveyReport report;
    private final Units units;
    private final AdminScopes scopes;

    SurveyReportCommand(SurveyReport report, Units units, AdminScopes scopes) {
        this.report = report;
        this.units = units;
        this.scopes = scopes;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Requester> requester = requester(units);
        if (requester.isEmpty()) {
            return REFUSED;
        }
        AdminScope scope = scopes.of(requester.get());
        if (!String.valueOf(outFile.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return refuseWith("cli.report_file_name", "file", outFile);
        }
        SurveyPeriod surveyPeriod;
        try {
            surveyPeriod = SurveyPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            return refuseWith("cli.not_a_survey_period", "value", period);
        }
        if (!Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            return refuseWith("cli.folder_of_file_missing", "file", outFile);
        }
        Path temporary = Files.createTempFile(outFile.toAbsolutePath().getParent(), ".survey-report", ".xlsx");
        try {
            SurveyReport.Written written;
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                written = report.write(surveyPeriod, language(), stream, scope);
            }
            Files.move(temporary, outFile, StandardCopyOption.REPLACE_EXISTING);
            out().println(text("cli.survey_report_written", "code", surveyPeriod.code(), "first", surveyPeriod.first(),
                    "last", surveyPeriod.last(), "responses", written.responses(), "units", written.units(),
                    "suggestions", written.suggestions()));
            out().println(outFile);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return OK;
    }
}
