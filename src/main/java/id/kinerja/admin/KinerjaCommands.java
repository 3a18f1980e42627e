package id.kinerja.admin;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "java -jar target/kinerja-bot.jar", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = BuildVersion.class,
        description = {"HR tasks of Kinerja Bot. Each command runs and exits; the bot does not start.",
                "Files are CSV, UTF-8 (with or without BOM), comma or semicolon separated, header row first.",
                "Exit code 0 on success, 1 when refused (one line per problem on stderr), 2 for a usage error."},
        subcommands = {CommandLine.HelpCommand.class, ImportRosterCommand.class, OpenPeriodCommand.class,
                ClosePeriodCommand.class, ImportIndicatorsCommand.class, ImportEvaluationsCommand.class,
                LinkCodeCommand.class, LinkCodesCommand.class, GrantAdminCommand.class, ExportRecapCommand.class,
                SurveyLinkCommand.class, SurveyLinksCommand.class, SurveyReportCommand.class, DemoCommand.class})
final class KinerjaCommands implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }
}
