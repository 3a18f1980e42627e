package id.kinerja.admin;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Telegram deep links {@code https://t.me/<bot>?start=<code>}. The bot's username comes from the
 * command's option, else {@code kinerja.telegram.bot-username}, else {@code TELEGRAM_BOT_USERNAME}.
 */
@Component
class DeepLinks {

    private final Environment environment;

    DeepLinks(Environment environment) {
        this.environment = environment;
    }

    Optional<String> botUsername(String option) {
        String value = option;
        if (blank(value)) {
            value = environment.getProperty("kinerja.telegram.bot-username");
        }
        if (blank(value)) {
            value = environment.getProperty("TELEGRAM_BOT_USERNAME");
        }
        return blank(value) ? Optional.empty() : Optional.of(value.trim().replaceFirst("^@", ""));
    }

    static String link(String botUsername, String code) {
        return "https://t.me/" + botUsername + "?start=" + code;
    }

    static String unknownUsernameNote() {
        return "note: the bot's username is unknown, so there are no deep links; "
                + "pass --bot-username or set TELEGRAM_BOT_USERNAME";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
