package id.kinerja.account;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Telegram deep links {@code https://t.me/<bot>?start=<code>}. The bot's username comes from the
 * command's option, else {@code kinerja.telegram.bot-username}, else {@code TELEGRAM_BOT_USERNAME}.
 */
@Component
public class DeepLinks {

    private final Environment environment;

    DeepLinks(Environment environment) {
        this.environment = environment;
    }

    public Optional<String> botUsername(String option) {
        String value = option;
        if (blank(value)) {
            value = environment.getProperty("kinerja.telegram.bot-username");
        }
        if (blank(value)) {
            value = environment.getProperty("TELEGRAM_BOT_USERNAME");
        }
        return blank(value) ? Optional.empty() : Optional.of(value.trim().replaceFirst("^@", ""));
    }

    public static String link(String botUsername, String code) {
        return "https://t.me/" + botUsername + "?start=" + code;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
