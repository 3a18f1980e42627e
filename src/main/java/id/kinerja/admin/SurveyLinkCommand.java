package id.kinerja.admin;

import id.kinerja.account.DeepLinks;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.SurveyLinks;
import id.kinerja.survey.SurveyPoster;
import id.kinerja.survey.SurveyProperties;
import id.kinerja.survey.SurveyUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "survey-link", description = {"The deep link of a unit's citizen satisfaction survey (SKM), and with "
        + "--out its printable QR poster (PNG).", "--service KEY opens the survey of one of the unit's services "
        + "(kinerja.survey.units in config/application.yml).", "The last line of the output is the link alone."})
class SurveyLinkCommand extends AdminCommand {

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "the unit, by name")
    String unit;

    @Option(names = "--service", paramLabel = "KEY", description = "one of the unit's configured services, by key")
    String service;

    @Option(names = "--out", paramLabel = "FILE.png", description = "also write the QR poster here")
    Path outFile;

    @Option(names = "--bot-username", description = "the bot's Telegram username, for the deep link")
    String botUsername;

    private final Units units;
    private final SurveyUnits surveyUnits;
    private final SurveyLinks links;
    private final SurveyPoster poster;
    private final DeepLinks deepLinks;

    SurveyLinkCommand(Units units, SurveyUnits surveyUnits, SurveyLinks links, SurveyPoster poster,
                      DeepLinks deepLinks) {
        this.units = units;
        this.surveyUnits = surveyUnits;
        this.links = links;
        this.poster = poster;
        this.deepLinks = deepLinks;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Unit> found = units.byName(unit);
        if (found.isEmpty()) {
            List<Unit> all = surveyUnits.all();
            return refuseWith("cli.no_unit", "unit", unit.trim(), "units", all.isEmpty() ? text("cli.no_units_in_roster")
                    : text("cli.units_list", "units", all.stream().map(Unit::name).collect(Collectors.joining(", "))));
        }
        SurveyProperties.Service chosen = null;
        if (service != null) {
            Optional<SurveyProperties.Service> configured = surveyUnits.service(found.get(), service.trim());
            if (configured.isEmpty()) {
                return refuse(unknownService(found.get()));
            }
            chosen = configured.get();
        }
        Optional<String> bot = deepLinks.botUsername(botUsername);
        if (bot.isEmpty()) {
            return refuseWith(SurveyPosterFiles.UNKNOWN_USERNAME);
        }
        if (outFile != null && !Files.isDirectory(outFile.toAbsolutePath().getParent())) {
            return refuseWith("cli.folder_of_file_missing", "file", outFile);
        }
        if (outFile != null && Files.isDirectory(outFile)) {
            return refuseWith("cli.out_is_folder", "file", outFile);
        }
        String link = DeepLinks.link(bot.get(), links.payload(found.get(), chosen == null ? null : chosen.key()));
        out().println(chosen == null ? text("cli.survey_of_unit", "unit", found.get().name())
                : text("cli.survey_of_service", "unit", found.get().name(), "service", chosen.name()));
        if (outFile != null) {
            SurveyPosterFiles.write(outFile, poster.png(found.get(), chosen, link));
            out().println(text("cli.poster_written", "file", outFile));
        }
        out().println(link);
        return OK;
    }

    private String unknownService(Unit found) {
        List<SurveyProperties.Service> services = surveyUnits.services(found);
        return text("cli.no_service", "unit", found.name(), "service", service.trim(), "services",
                services.isEmpty() ? text("cli.no_services_configured") : text("cli.services_list", "services",
                        services.stream().map(SurveyProperties.Service::key).collect(Collectors.joining(", "))));
    }
}
