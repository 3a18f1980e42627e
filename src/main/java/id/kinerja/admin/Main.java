package id.kinerja.admin;

import id.kinerja.KinerjaBotApplication;
import id.kinerja.playground.PlaygroundMode;
import org.springframework.boot.SpringApplication;

/**
 * The program's entry point (docs/SPEC.md §4). Without arguments it runs the bot; with a command name as the first
 * argument it runs that command-line task (roster import, periods, link codes, demo) and exits. It lives with the
 * command line so that the application package, which every module is scanned from, depends on no module.
 * Without a Telegram token the bot starts as the playground (docs/SPEC.md §2.6): against a Bot API emulator inside
 * the application, on the demo office in a data directory of its own.
 */
public final class Main {

    static final String BOTFATHER_HINT = "TELEGRAM_BOT_TOKEN is not set: starting the playground (a local emulation "
            + "of Telegram). To go live: open Telegram, talk to @BotFather, send /newbot, then start again with "
            + "TELEGRAM_BOT_TOKEN=<the token it gives you>.";

    private Main() {}

    public static void main(String[] args) {
        if (AdminCli.handles(args)) {
            System.exit(AdminCli.run(KinerjaBotApplication.class, args));
        }
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        SpringApplication application = new SpringApplication(KinerjaBotApplication.class);
        application.setMainApplicationClass(KinerjaBotApplication.class);
        if ((token == null || token.isBlank()) && System.getProperty("kinerja.telegram.token") == null) {
            System.err.println(BOTFATHER_HINT);
            PlaygroundMode.prepare(application);
        }
        application.run(args);
    }
}
