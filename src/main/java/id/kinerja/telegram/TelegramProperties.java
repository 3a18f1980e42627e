package id.kinerja.telegram;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.telegram.telegrambots.meta.TelegramUrl;

/** How to reach the Bot API: token, server URL and update mode (docs/SPEC.md §4). */
@ConfigurationProperties("kinerja.telegram")
record TelegramProperties(boolean enabled, String token, String apiUrl, String mode, String webhookUrl,
                                 String webhookSecret, String botUsername, int pollingWorkers) {

    public TelegramProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? "https://api.telegram.org" : apiUrl.trim();
        mode = mode == null || mode.isBlank() ? "polling" : mode.trim().toLowerCase(java.util.Locale.ROOT);
        token = token == null ? "" : token.trim();
        pollingWorkers = pollingWorkers <= 0 ? 8 : pollingWorkers;
    }

    /** The Bot API server as the TelegramBots library wants it. */
    public TelegramUrl telegramUrl() {
        URI uri = URI.create(apiUrl);
        String schema = uri.getScheme() == null ? "https" : uri.getScheme();
        int port = uri.getPort() > 0 ? uri.getPort() : ("http".equals(schema) ? 80 : 443);
        return new TelegramUrl(schema, uri.getHost(), port, false);
    }
}
