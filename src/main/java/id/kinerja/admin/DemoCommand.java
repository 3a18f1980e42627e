package id.kinerja.admin;

import id.kinerja.demo.DemoOffice;
import id.kinerja.demo.DemoPeople;
import id.kinerja.demo.DemoPeople.Person;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

@Command(name = "demo", description = {"Load a fictional demo office (Kecamatan Medan Marelan, 40 employees).",
        "The kecamatan office and five kelurahan, two closed months (2026-09, 2026-10) with indicators and",
        "evaluations, the open month 2026-11, and citizen survey (SKM) responses of the last three months.",
        "Does nothing if the demo office is already loaded."})
class DemoCommand extends AdminCommand {

    private final DemoOffice demoOffice;

    DemoCommand(DemoOffice demoOffice) {
        this.demoOffice = demoOffice;
    }

    @Override
    public Integer call() {
        Optional<DemoOffice.Loaded> loaded;
        try {
            loaded = demoOffice.load();
        } catch (DemoOffice.DemoRefused e) {
            err().println(text("cli.demo.refused", "step", e.step()));
            return refuse(e.problems());
        }
        if (loaded.isEmpty()) {
            out().println(text("cli.demo.already_loaded"));
        } else {
            out().println(text("cli.demo.loaded"));
            summary(loaded.get());
        }
        out().println();
        out().println(text("cli.demo.try_as"));
        guide("cli.demo.camat", DemoPeople.get(DemoPeople.CAMAT));
        guide("cli.demo.section_head", DemoPeople.get(DemoPeople.SECTION_HEAD));
        guide("cli.demo.staff", DemoPeople.get(DemoPeople.STAFF));
        guide("cli.demo.hr_admin", DemoPeople.get(DemoPeople.HR_ADMIN));
        out().println();
        out().println(text("cli.demo.get_code"));
        out().println(text("cli.demo.then_link"));
        return OK;
    }

    private void summary(DemoOffice.Loaded loaded) {
        ConsoleTexts texts = texts();
        line(text("cli.demo.roster", "counts", texts.counts(loaded.roster())));
        line(text("cli.demo.indicators", "counts", texts.counts(loaded.indicators())));
        line(text("cli.demo.evaluations", "counts", texts.counts(loaded.evaluations())));
        line(text("cli.demo.periods", "periods", loaded.periodsClosed().entrySet().stream()
                .map(this::period).collect(Collectors.joining(", "))));
        DemoOffice.SurveyLoaded survey = loaded.survey();
        line(text("cli.demo.survey", "responses", survey.responses(), "units", survey.units(),
                "suggestions", survey.suggestions(), "first", survey.first(), "last", survey.last()));
        DemoOffice.FollowUpLoaded followUp = loaded.followUp();
        line(text("cli.demo.follow_up", "plans", followUp.coachingPlans(), "objections", followUp.decidedObjections(),
                "activities", followUp.developmentActivities(), "people", followUp.developmentPeople()));
    }

    private String period(Map.Entry<String, Boolean> period) {
        return text(period.getValue() ? "cli.demo.period_closed" : "cli.demo.period_open", "code", period.getKey());
    }

    private void line(String text) {
        out().println("  " + text);
    }

    private void guide(String roleKey, Person person) {
        out().printf("  %-18s %s  %s, %s%n", text(roleKey), person.nip(), person.name(), person.position());
    }
}
