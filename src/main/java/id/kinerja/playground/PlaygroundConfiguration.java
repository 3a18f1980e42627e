package id.kinerja.playground;

import id.kinerja.playground.emulator.BotApiEmulator;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The playground's wiring, present only in playground mode ({@link PlaygroundMode}): the adjustable clock that
 * replaces the application's, the emulator's bounds, the demo office at start, and the last start-up line.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PlaygroundConfiguration {

    /** A long-running public demo keeps at most this much of each chat and of the inspector's calls. */
    static final int MAX_MESSAGES_PER_CHAT = 500;
    static final int MAX_CALLS = 5_000;
    /** Files: documents sent to the bot (and the bytes of the bot's charts and workbooks) beyond these are dropped. */
    static final int MAX_FILES = 50;
    static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(PlaygroundConfiguration.class);

    /** The one source of time of the whole application, moved by the clock panel. */
    @Bean
    @Primary
    PlaygroundClock playgroundClock() {
        return new PlaygroundClock(Clock.systemUTC());
    }

    /** Fails the start unless the bot talks to this emulator (never to Telegram); bounds and clocks the emulator. */
    @Bean
    InitializingBean playgroundEmulatorCheck(BotApiEmulator emulator, PlaygroundClock clock, Environment environment) {
        return () -> {
            String apiUrl = environment.getProperty("kinerja.telegram.api-url");
            if (!emulator.baseUrl().equals(apiUrl)
                    || !PlaygroundMode.FAKE_TOKEN.equals(environment.getProperty("kinerja.telegram.token"))) {
                throw new IllegalStateException("the playground's bot must talk to its emulator " + emulator.baseUrl()
                        + ", not " + apiUrl);
            }
            emulator.limitState(MAX_MESSAGES_PER_CHAT, MAX_CALLS);
            emulator.limitFiles(MAX_FILES, MAX_FILE_BYTES);
            emulator.useClock(clock);
        };
    }

    /** The demo office and the personas once the application runs; then where to open the playground, last. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        event.getApplicationContext().getBean(Sandbox.class).open();
        Environment environment = event.getApplicationContext().getEnvironment();
        log.info("Playground: open http://{}:{}/ in a browser (no Telegram token set; this is a local emulation)",
                host(environment.getProperty("server.address")), environment.getProperty("local.server.port",
                        environment.getProperty("server.port", "8080")));
    }

    private static String host(String address) {
        return address == null || address.isBlank() || address.equals("0.0.0.0") || address.equals("::")
                ? "127.0.0.1" : address;
    }
}
