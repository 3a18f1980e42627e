package id.kinerja.admin;

import id.kinerja.appraisal.OpeningPeriod;
import id.kinerja.appraisal.Period;
import id.kinerja.spreadsheet.ValidationReport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "open-period", description = "Open an appraisal period. Dates are yyyy-mm-dd; the evaluation "
        + "deadline (--due) must be on or after the end.")
class OpenPeriodCommand extends AdminCommand {

    @Option(names = "--code", required = true, description = "a new, unique code, e.g. 2026-11")
    String code;

    @Option(names = "--kind", required = true, description = "MONTHLY, QUARTERLY or ANNUAL")
    Period.Kind kind;

    @Option(names = "--start", required = true, description = "first day of the period")
    String start;

    @Option(names = "--end", required = true, description = "last day of the period")
    String end;

    @Option(names = "--due", required = true, description = "evaluation deadline")
    String due;

    private final OpeningPeriod openingPeriod;

    OpenPeriodCommand(OpeningPeriod openingPeriod) {
        this.openingPeriod = openingPeriod;
    }

    @Override
    public Integer call() {
        ValidationReport report = new ValidationReport();
        LocalDate startDate = date("--start", start, report);
        LocalDate endDate = date("--end", end, report);
        LocalDate dueDate = date("--due", due, report);
        if (!report.isEmpty()) {
            return refuse(report);
        }
        report = openingPeriod.open(code, kind, startDate, endDate, dueDate);
        if (!report.isEmpty()) {
            return refuse(report);
        }
        out().println(text("cli.period_open", "code", code.trim(), "kind", kind, "start", startDate, "end", endDate,
                "due", dueDate));
        return OK;
    }

    private static LocalDate date(String option, String value, ValidationReport report) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            report.add("problems.not_a_date", "option", option, "value", value);
            return null;
        }
    }
}
