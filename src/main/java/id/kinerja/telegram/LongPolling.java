package id.kinerja.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.chat.UpdateProcessing;
import java.util.List;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;

/** Long polling with the TelegramBots library, started once the whole application is up. */
@Component
@ConditionalOnProperty(name = "kinerja.telegram.enabled", havingValue = "true")
@ConditionalOnProperty(name = "kinerja.telegram.mode", havingValue = "polling", matchIfMissing = true)
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "channel_post");

    private final TelegramProperties properties;
    private final OkHttpClient httpClient;
    private final UpdateProcessing processing;
    private final BotStartup startup;
    private TelegramBotsLongPollingApplication application;

    LongPolling(TelegramProperties properties, OkHttpClient telegramHttpClient, UpdateProcessing processing,
                BotStartup startup) {
        this.properties = properties;
        this.httpClient = telegramHttpClient;
        this.processing = processing;
        this.startup = startup;
    }

    @Override
    public void start() {
        startup.introduce();
        try {
            application = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> httpClient);
            application.registerBot(properties.token(), properties::telegramUrl,
                    new DefaultGetUpdatesGenerator(ALLOWED_UPDATES), new PollingConsumer(processing, properties.pollingWorkers()));
            log.info("Polling {} for updates", properties.apiUrl());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start long polling: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (application != null) {
            try {
                application.close();
            } catch (Exception e) {
                log.warn("Stopping long polling: {}", e.getMessage());
            }
            application = null;
        }
    }

    @Override
    public boolean isRunning() {
        return application != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
