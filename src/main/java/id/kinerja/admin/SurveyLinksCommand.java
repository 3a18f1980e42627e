package id.kinerja.admin;

import id.kinerja.account.DeepLinks;
import id.kinerja.employee.Unit;
import id.kinerja.survey.SurveyLinks;
import id.kinerja.survey.SurveyPoster;
import id.kinerja.survey.SurveyProperties;
import id.kinerja.survey.SurveyUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "survey-links", description = {"The QR posters (PNG) of every unit's citizen satisfaction survey "
        + "(SKM): one per unit and one per configured service of it.",
        "Files are named after the unit and the service key, e.g. kantor-camat-medan-marelan--ahli-waris.png; "
        + "each is printed with its deep link."})
class SurveyLinksCommand extends AdminCommand {

    @Option(names = "--all", required = true, description = "every unit of the roster")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the posters in")
    Path outDir;

    @Option(names = "--bot-username", description = "the bot's Telegram username, for the deep links")
    String botUsername;

    private final SurveyUnits surveyUnits;
    private final SurveyLinks links;
    private final SurveyPoster poster;
    private final DeepLinks deepLinks;

    SurveyLinksCommand(SurveyUnits surveyUnits, SurveyLinks links, SurveyPoster poster, DeepLinks deepLinks) {
        this.surveyUnits = surveyUnits;
        this.links = links;
        this.poster = poster;
        this.deepLinks = deepLinks;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(outDir)) {
            return refuseWith("cli.folder_missing", "folder", outDir);
        }
        Optional<String> bot = deepLinks.botUsername(botUsername);
        if (bot.isEmpty()) {
            return refuseWith(SurveyPosterFiles.UNKNOWN_USERNAME);
        }
        List<Unit> units = surveyUnits.all();
        if (units.isEmpty()) {
            return refuseWith("cli.roster_has_no_units");
        }
        Set<String> names = new HashSet<>();
        int services = 0;
        for (Unit unit : units) {
            String base = fileBase(unit, names);
            write(outDir.resolve(base + ".png"), unit, null, bot.get());
            for (SurveyProperties.Service service : surveyUnits.services(unit)) {
                write(outDir.resolve(base + "--" + service.key() + ".png"), unit, service, bot.get());
                services++;
            }
        }
        out().println(text("cli.posters_written", "count", units.size() + services, "folder", outDir,
                "units", units.size(), "services", services));
        return OK;
    }

    /** The unit's slug; with its id when the slug is empty or another unit's already (names differing only in signs). */
    private static String fileBase(Unit unit, Set<String> taken) {
        String slug = SurveyPosterFiles.slug(unit.name());
        String base = slug.isEmpty() ? "unit-" + unit.id() : slug;
        if (!taken.add(base)) {
            base = base + "-" + unit.id();
            taken.add(base);
        }
        return base;
    }

    private void write(Path file, Unit unit, SurveyProperties.Service service, String bot) throws IOException {
        String link = DeepLinks.link(bot, links.payload(unit, service == null ? null : service.key()));
        SurveyPosterFiles.write(file, poster.png(unit, service, link));
        out().println(file + "\t" + link);
    }
}
