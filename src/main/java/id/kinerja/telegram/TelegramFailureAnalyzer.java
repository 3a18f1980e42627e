package id.kinerja.telegram;

import id.kinerja.text.ConsoleLanguage;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/** Telegram rejected the token or could not be reached at start: one sentence with the fix. */
@Order(Ordered.HIGHEST_PRECEDENCE)
final class TelegramFailureAnalyzer extends AbstractFailureAnalyzer<TelegramUnavailable> {

    private final Environment environment;

    TelegramFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TelegramUnavailable cause) {
        String key = switch (cause.reason()) {
            case TOKEN_REJECTED -> "cli.startup.telegram_token_rejected";
            case UNREACHABLE -> "cli.startup.telegram_unreachable";
        };
        return new FailureAnalysis(ConsoleLanguage.text(environment, key, "url", cause.apiUrl()), null, cause);
    }
}
