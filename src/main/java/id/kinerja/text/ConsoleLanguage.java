package id.kinerja.text;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * The language of everything printed on the console — the command line's lines and the sentence of a start-up
 * failure — chosen by {@code KINERJA_CLI_LANGUAGE} ({@code kinerja.cli.language}): {@code id} when unset,
 * {@code en} accepted, anything else refused. Its texts are the plain-text form of bot-scripts.
 */
public final class ConsoleLanguage {

    public static final String VARIABLE = "KINERJA_CLI_LANGUAGE";
    public static final String PROPERTY = "kinerja.cli.language";
    private static final String BOT_SCRIPTS_VARIABLE = "KINERJA_BOT_SCRIPTS_DIR";
    private static final String BOT_SCRIPTS_PROPERTY = "kinerja.bot-scripts-dir";
    private static final String BOT_SCRIPTS_DEFAULT = "./bot-scripts";

    private ConsoleLanguage() {}

    /** The language a value names: empty for anything but id or en (any case); a blank value is Indonesian. */
    public static Optional<Language> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Language.ID);
        }
        for (Language language : Language.values()) {
            if (language.code().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The value as the process was given it, before Spring starts: the system property, else the variable. */
    public static String configuredValue() {
        String property = System.getProperty(PROPERTY);
        return property != null ? property : System.getenv(VARIABLE);
    }

    /** The texts of bot-scripts in their directory ({@code KINERJA_BOT_SCRIPTS_DIR}), read without Spring. */
    public static Texts texts() {
        String property = System.getProperty(BOT_SCRIPTS_PROPERTY);
        String variable = System.getenv(BOT_SCRIPTS_VARIABLE);
        return Texts.load(Path.of(property != null ? property : variable != null ? variable : BOT_SCRIPTS_DEFAULT));
    }

    /**
     * A text of bot-scripts as plain text in the language {@code environment} configures (Indonesian when that
     * value is itself wrong), for start-up failures: the application context may not exist yet.
     */
    public static String text(Environment environment, String key, Object... args) {
        Language language = parse(environment.getProperty(PROPERTY)).orElse(Language.ID);
        Texts texts = Texts.load(Path.of(environment.getProperty(BOT_SCRIPTS_PROPERTY, BOT_SCRIPTS_DEFAULT)));
        return Html.plain(texts.get(language, key, args));
    }
}
