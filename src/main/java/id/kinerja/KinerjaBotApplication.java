package id.kinerja;

import id.kinerja.admin.AdminCli;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Kinerja Bot. Without arguments it runs the bot; with a command name as the first argument it
 * runs that command-line task (roster import, periods, link codes, demo) and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaBotApplication {

    static final String BOTFATHER_HINT = "TELEGRAM_BOT_TOKEN is not set: open Telegram, talk to @BotFather, "
            + "send /newbot, then start again with TELEGRAM_BOT_TOKEN=<the token it gives you>.";

    public static void main(String[] args) {
        if (AdminCli.handles(args)) {
            System.exit(AdminCli.run(KinerjaBotApplication.class, args));
        }
        String token = System.getenv("TELEGRAM_BOT_TOKEN");
        if ((token == null || token.isBlank()) && System.getProperty("kinerja.telegram.token") == null) {
            System.err.println(BOTFATHER_HINT);
            System.exit(2);
        }
        SpringApplication.run(KinerjaBotApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
