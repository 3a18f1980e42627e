package id.kinerja.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox dispatcher sends (docs/ARCHITECTURE.md): global rate, per-chat spacing, retries with exponential
 * backoff, the lease that lets another instance recover rows of a crashed one, and batching.
 * The rate is per instance: with several instances, divide Telegram's ~30/s between them.
 */
@ConfigurationProperties("kinerja.outbox")
public record OutboxProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("25") double ratePerSecond,
                               @DefaultValue("1s") Duration perChatInterval,
                               @DefaultValue("8") int maxAttempts,
                               @DefaultValue("2s") Duration baseBackoff,
                               @DefaultValue("10m") Duration maxBackoff,
                               @DefaultValue("2m") Duration lease,
                               @DefaultValue("50") int batchSize,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("16") int maxInFlight) {

    public OutboxProperties {
        require(ratePerSecond > 0, "rate-per-second must be positive");
        require(!perChatInterval.isNegative(), "per-chat-interval must not be negative");
        require(maxAttempts >= 1, "max-attempts must be at least 1");
        require(!baseBackoff.isNegative() && !baseBackoff.isZero() && maxBackoff.compareTo(baseBackoff) >= 0,
                "base-backoff must be positive and max-backoff at least base-backoff");
        require(lease.compareTo(Duration.ofSeconds(5)) >= 0, "lease must be at least 5s");
        require(batchSize >= 1, "batch-size must be at least 1");
        require(!pollInterval.isNegative() && !pollInterval.isZero(), "poll-interval must be positive");
        require(maxInFlight >= 1, "max-in-flight must be at least 1");
    }

    /** The defaults, as bound from an empty configuration. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(true, 25, Duration.ofSeconds(1), 8, Duration.ofSeconds(2), Duration.ofMinutes(10),
                Duration.ofMinutes(2), 50, Duration.ofMillis(500), 16);
    }

    /** The backoff schedule for these settings. */
    public Backoff backoff() {
        return new Backoff(baseBackoff, maxBackoff, maxAttempts);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("kinerja.outbox: " + message);
        }
    }
}
