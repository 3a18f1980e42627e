package id.kinerja.admin;

import id.kinerja.appraisal.ClosingPeriod;
import id.kinerja.spreadsheet.Problem;
import id.kinerja.spreadsheet.ValidationReport;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "close-period", description = "Close an open period: no more changes to its indicators and evaluations.")
class ClosePeriodCommand extends AdminCommand {

    @Parameters(paramLabel = "CODE", description = "the period's code")
    String code;

    private final ClosingPeriod closingPeriod;

    ClosePeriodCommand(ClosingPeriod closingPeriod) {
        this.closingPeriod = closingPeriod;
    }

    @Override
    public Integer call() {
        Optional<Problem> problem = closingPeriod.close(code.trim());
        if (problem.isPresent()) {
            ValidationReport report = new ValidationReport();
            report.add(problem.get());
            return refuse(report);
        }
        out().println(text("cli.period_closed", "code", code.trim()));
        return OK;
    }
}
