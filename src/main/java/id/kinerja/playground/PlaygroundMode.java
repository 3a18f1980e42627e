package id.kinerja.playground;

import id.kinerja.playground.emulator.BotApiEmulator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns an application start into a playground start: before the context is refreshed, starts the Bot API emulator
 * on a loopback port, registers it as a bean, and puts a property source first that enables the playground and
 * points the bot at the emulator with a fake token (whatever else is configured: the playground never reaches the
 * real Telegram). With a data directory given (the program's start, {@link #prepare}), the database lives there.
 */
public final class PlaygroundMode implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The property that switches every playground bean on. */
    public static final String ENABLED = "kinerja.playground.enabled";
    /** The token the bot uses against the emulator; no real bot has it (Telegram's ids are never 0). */
    public static final String FAKE_TOKEN = "0:playground-local-emulation-not-a-telegram-token";
    static final String EMULATOR_BEAN = "playgroundEmulator";
    /** The playground's bot: its username (for t.me links) and display name, configurable. */
    static final String BOT_USERNAME = "kinerja.playground.bot-username";
    static final String BOT_NAME = "kinerja.playground.bot-name";
    static final String DEFAULT_BOT_USERNAME = "kinerja_playground_bot";
    static final String DEFAULT_BOT_NAME = "KinerjaPlaygroundBot";
    /** Telegram's rule for bot usernames: 5 to 32 letters, digits and underscores, ending in "bot". */
    private static final java.util.regex.Pattern USERNAME = java.util.regex.Pattern.compile(
            "[A-Za-z][A-Za-z0-9_]{1,28}[Bb][Oo][Tt]");

    private final Path dataDir;

    /** For a test context: the data directory stays as configured. */
    public PlaygroundMode() {
        this(null);
    }

    private PlaygroundMode(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * Makes the application start as the playground, with its own data directory next to the production one:
     * {@code <KINERJA_DATA_DIR or ./data>-playground}.
     */
    public static void prepare(SpringApplication application) {
        application.addInitializers(new PlaygroundMode(dataDirectory(System.getenv("KINERJA_DATA_DIR"))));
    }

    static Path dataDirectory(String configured) {
        String base = configured == null || configured.isBlank() ? "./data" : configured.strip();
        while (base.length() > 1 && (base.endsWith("/") || base.endsWith("\\"))) {
            base = base.substring(0, base.length() - 1);
        }
        return Path.of(base + "-playground");
    }

    static String botUsername(String configured) {
        String name = configured == null || configured.isBlank() ? DEFAULT_BOT_USERNAME : configured.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalStateException(BOT_USERNAME + " \"" + configured + "\" is not a Telegram bot username"
                    + " (5 to 32 letters, digits and underscores, ending in \"bot\")");
        }
        return name;
    }

    static String botName(String configured) {
        String name = configured == null || configured.isBlank() ? DEFAULT_BOT_NAME : configured.strip();
        if (name.length() > 64) { // Telegram's limit for a bot's name
            throw new IllegalStateException(BOT_NAME + " is longer than 64 characters");
        }
        return name;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        BotApiEmulator emulator = BotApiEmulator.start(FAKE_TOKEN,
                botUsername(context.getEnvironment().getProperty(BOT_USERNAME)),
                botName(context.getEnvironment().getProperty(BOT_NAME)));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ENABLED, "true");
        properties.put("kinerja.telegram.enabled", "true");
        properties.put("kinerja.telegram.token", FAKE_TOKEN);
        properties.put("kinerja.telegram.api-url", emulator.baseUrl());
        properties.put("kinerja.telegram.mode", "polling");
        properties.put("kinerja.telegram.webhook-url", "");
        properties.put("kinerja.telegram.bot-username", emulator.botUsername());
        // a roster or a spreadsheet sent as a document: Telegram lets bots fetch up to 20 MB
        properties.put("spring.servlet.multipart.max-file-size", "21MB");
        properties.put("spring.servlet.multipart.max-request-size", "21MB");
        if (dataDir != null) {
            // the embedded database in the playground's own directory, even with SPRING_DATASOURCE_URL set: a
            // reset wipes the playground's database, never a production one
            properties.put("kinerja.data-dir", dataDir.toString());
            properties.put("spring.datasource.url", "");
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("playground", properties));
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(EMULATOR_BEAN, emulator);
        // destroyed last (registered first): the bot stops polling before its Telegram goes away
        beans.registerDisposableBean(EMULATOR_BEAN, emulator::close);
    }
}
