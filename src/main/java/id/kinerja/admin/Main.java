package id.kinerja.admin;

import id.kinerja.KinerjaBotApplication;
import id.kinerja.playground.PlaygroundMode;
import id.kinerja.text.ConsoleLanguage;
import id.kinerja.text.Language;
import org.springframework.boot.SpringApplication;

/**
 * The program's entry point (docs/SPEC.md §4). Without arguments it runs the bot; with a command name as the first
 * argument it runs that command-line task (roster import, periods, link codes, demo) and exits. It lives with the
 * command line so that the application package, which every module is scanned from, depends on no module.
 * Without a Telegram token the bot starts as the playground (docs/SPEC.md §2.6): against a Bot API emulator inside
 * the application, on the demo office in a data directory of its own. A failure at start is one sentence with the
 * fix (the FailureAnalyzers in META-INF/spring.factories, printed by {@link ConsoleFailureReporter}) and exit status 1.
 */
public final class Main {

    private Main() {}

    /** How to go live, in the console's language (Indonesian when KINERJA_CLI_LANGUAGE is wrong: Spring says so). */
    static String botFatherHint() {
        Language language = ConsoleLanguage.parse(ConsoleLanguage.configuredValue()).orElse(Language.ID);
        return new ConsoleTexts(ConsoleLanguage.texts(), language).get("cli.botfather_hint");
    }

    public static void main(String[] args) {
        if (AdminCli.handles(args)) {
            System.exit(AdminCli.run(KinerjaBotApplication.class, args));
        }
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        SpringApplication application = new SpringApplication(KinerjaBotApplication.class);
        application.setMainApplicationClass(KinerjaBotApplication.class);
        if ((token == null || token.isBlank()) && System.getProperty("kinerja.telegram.token") == null) {
            System.err.println(botFatherHint());
            PlaygroundMode.prepare(application);
        }
        try {
            application.run(args);
        } catch (RuntimeException e) {
            // already said: one sentence by a FailureAnalyzer (ConsoleFailureReporter), otherwise logged by Boot;
            // exit at once rather than wait for threads the failed start may have left
            System.exit(1);
        }
    }
}
