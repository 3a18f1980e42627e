package id.kinerja.admin;

import id.kinerja.demo.DemoOffice;
import id.kinerja.demo.DemoPeople;
import id.kinerja.demo.DemoPeople.Person;
import java.util.List;
import java.util.Optional;
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
        Optional<List<String>> loaded;
        try {
            loaded = demoOffice.load();
        } catch (DemoOffice.DemoRefused e) {
            err().println(e.getMessage() + "; nothing was loaded:");
            return refuse(e.problems());
        }
        if (loaded.isEmpty()) {
            out().println("The demo office is already loaded; nothing changed.");
        } else {
            out().println("Demo office of Kecamatan Medan Marelan loaded.");
            loaded.get().forEach(line -> out().println("  " + line));
        }
        out().println();
        out().println("Try the bot as:");
        guide("Camat", DemoPeople.get(DemoPeople.CAMAT));
        guide("Section head", DemoPeople.get(DemoPeople.SECTION_HEAD));
        guide("Staff", DemoPeople.get(DemoPeople.STAFF));
        guide("HR admin", DemoPeople.get(DemoPeople.HR_ADMIN));
        out().println();
        out().println("Get a link code:  java -jar target/kinerja-bot.jar link-code <NIP>");
        out().println("then open the bot in Telegram and send /tautkan <code>.");
        return OK;
    }

    private void guide(String role, Person person) {
        out().printf("  %-13s %s  %s, %s%n", role, person.nip(), person.name(), person.position());
    }
}
