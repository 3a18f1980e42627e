package id.kinerja.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Bot API reachability for /actuator/health (getMe, remembered for a short while). */
@Component("telegram")
@ConditionalOnProperty(name = "kinerja.telegram.enabled", havingValue = "true")
class TelegramHealthIndicator implements HealthIndicator {

    private final TelegramClient client;
    private final Clock clock;
    private final Duration remember;
    private volatile Health last;
    private volatile Instant checkedAt = Instant.EPOCH;

    TelegramHealthIndicator(TelegramClient client, Clock clock,
                            @Value("${kinerja.telegram.health-check-interval:15s}") Duration remember) {
        this.client = client;
        this.clock = clock;
        this.remember = remember;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        if (last == null || checkedAt.plus(remember).isBefore(now)) {
            last = check();
            checkedAt = now;
        }
        return last;
    }

    private Health check() {
        try {
            return Health.up().withDetail("bot", client.execute(new GetMe()).getUserName()).build();
        } catch (TelegramApiException e) {
            return Health.down().withDetail("error", TelegramReplySender.describe(e)).build();
        }
    }
}
