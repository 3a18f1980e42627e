package id.kinerja.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * In webhook mode, tells Telegram where to post updates, with the secret and the update kinds the
 * bot handles. (Switching back to polling deletes the webhook: long polling starts with deleteWebhook.)
 */
@Component
@ConditionalOnProperty(name = "kinerja.telegram.enabled", havingValue = "true")
@ConditionalOnProperty(name = "kinerja.telegram.mode", havingValue = "webhook")
class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final BotStartup startup;
    private volatile boolean running;

    WebhookRegistration(TelegramClient client, TelegramProperties properties, BotStartup startup) {
        this.client = client;
        this.properties = properties;
        this.startup = startup;
    }

    @Override
    public void start() {
        if (properties.webhookUrl() == null || properties.webhookUrl().isBlank()
                || properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw new IllegalStateException(
                    "TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET");
        }
        startup.introduce();
        try {
            client.execute(SetWebhook.builder()
                    .url(properties.webhookUrl())
                    .secretToken(properties.webhookSecret())
                    .allowedUpdates(LongPolling.ALLOWED_UPDATES)
                    .build());
            log.info("Webhook set to {}", properties.webhookUrl());
        } catch (TelegramApiException e) {
            throw new IllegalStateException("setWebhook failed: " + TelegramReplySender.describe(e), e);
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
