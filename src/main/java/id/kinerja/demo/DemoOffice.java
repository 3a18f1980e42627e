package id.kinerja.demo;

import id.kinerja.appraisal.ClosingPeriod;
import id.kinerja.appraisal.EvaluationImport;
import id.kinerja.appraisal.IndicatorImport;
import id.kinerja.appraisal.OpeningPeriod;
import id.kinerja.appraisal.Period;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterImport;
import id.kinerja.spreadsheet.ImportCounts;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.ValidationReport;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo office through the same imports HR uses (roster, periods, indicators, evaluations,
 * closing), then citizen survey responses, in one transaction, as the command line. Does nothing when
 * the office is already there.
 */
@Service
public class DemoOffice {

    /** Raised when a step refuses the demo data; rolls the whole load back. */
    public static final class DemoRefused extends RuntimeException {
        private final transient ValidationReport problems;
        private final String step;

        DemoRefused(String step, ValidationReport problems) {
            super(step + " refused the demo data");
            this.problems = problems;
            this.step = step;
        }

        /** The step that refused, as the command that would do it alone: e.g. {@code open-period 2026-09}. */
        public String step() {
            return step;
        }

        public ValidationReport problems() {
            return problems;
        }
    }

    private static final Requester LOADER = Requester.commandLine();

    private final Employees employees;
    private final RosterImport rosterImport;
    private final OpeningPeriod openingPeriod;
    private final IndicatorImport indicatorImport;
    private final EvaluationImport evaluationImport;
    private final ClosingPeriod closingPeriod;
    private final DemoSurveys surveys;
    private final DemoFollowUp followUp;

    DemoOffice(Employees employees, RosterImport rosterImport, OpeningPeriod openingPeriod,
            IndicatorImport indicatorImport, EvaluationImport evaluationImport, ClosingPeriod closingPeriod,
            DemoSurveys surveys, DemoFollowUp followUp) {
        this.followUp = followUp;
        this.employees = employees;
        this.rosterImport = rosterImport;
        this.openingPeriod = openingPeriod;
        this.indicatorImport = indicatorImport;
        this.evaluationImport = evaluationImport;
        this.closingPeriod = closingPeriod;
        this.surveys = surveys;
    }

    boolean isLoaded() {
        return employees.hasUnit(DemoPeople.OFFICE);
    }

    /** The survey responses the demo wrote: responses in units with suggestions, answered from first to last. */
    public record SurveyLoaded(int responses, int units, int suggestions, LocalDate first, LocalDate last) {}

    /** What follows the appraisals: coaching plans, decided objections, development activities and their people. */
    public record FollowUpLoaded(int coachingPlans, int decidedObjections, int developmentActivities,
                                 int developmentPeople) {}

    /** What {@link #load()} loaded: the counts of each import, the periods (open or closed), the survey and the follow-up. */
    public record Loaded(ImportCounts roster, ImportCounts indicators, ImportCounts evaluations,
                         Map<String, Boolean> periodsClosed, SurveyLoaded survey, FollowUpLoaded followUp) {

        /** One line per step, in English, for the log. */
        public List<String> lines() {
            return List.of("roster: " + roster, "indicators: " + indicators, "evaluations: " + evaluations,
                    "periods: " + periodsClosed.entrySet().stream()
                            .map(p -> p.getKey() + (p.getValue() ? " (closed)" : " (open)")).toList(),
                    "survey: " + survey.responses() + " responses in " + survey.units() + " units, "
                            + survey.suggestions() + " suggestions (" + survey.first() + " to " + survey.last() + ")",
                    "follow-up: " + followUp.coachingPlans() + " coaching plan(s), " + followUp.decidedObjections()
                            + " decided objection(s), " + followUp.developmentActivities() + " development activities of "
                            + followUp.developmentPeople() + " people");
        }
    }

    /** What was loaded; empty when the demo office was already there. */
    @Transactional
    public Optional<Loaded> load() {
        if (isLoaded()) {
            return Optional.empty();
        }
        ImportCounts roster = counts("import-roster", rosterImport.importRoster(DemoPeople.roster(), "demo", LOADER));
        for (DemoAppraisals.Period period : DemoAppraisals.PERIODS) {
            ValidationReport report = openingPeriod.open(period.code(), Period.Kind.MONTHLY,
                    LocalDate.parse(period.start()), LocalDate.parse(period.end()), LocalDate.parse(period.due()));
            if (!report.isEmpty()) {
                throw new DemoRefused("open-period " + period.code(), report);
            }
        }
        ImportCounts indicators = counts("import-indicators",
                indicatorImport.importIndicators(DemoAppraisals.indicators(), "demo", LOADER));
        ImportCounts evaluations = counts("import-evaluations",
                evaluationImport.importEvaluations(DemoAppraisals.evaluations(), "demo", LOADER));
        for (DemoAppraisals.Period period : DemoAppraisals.PERIODS) {
            if (period.closed()) {
                closingPeriod.close(period.code()).ifPresent(problem -> {
                    ValidationReport report = new ValidationReport();
                    report.add(problem);
                    throw new DemoRefused("close-period " + period.code(), report);
                });
            }
        }
        FollowUpLoaded followedUp = followUp.load(DemoAppraisals.evaluations());
        Map<String, Boolean> periods = new LinkedHashMap<>();
        DemoAppraisals.PERIODS.forEach(p -> periods.put(p.code(), p.closed()));
        return Optional.of(new Loaded(roster, indicators, evaluations, periods, surveys.load(), followedUp));
    }

    private static ImportCounts counts(String step, ImportOutcome outcome) {
        if (!outcome.ok()) {
            throw new DemoRefused(step, outcome.problems());
        }
        return outcome.counts();
    }
}
