package id.kinerja.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fast the dispatcher sends (docs/ARCHITECTURE.md, Telegram facts): at most {@code max-in-flight} sends at
 * once, each with a token from the bucket every instance shares ({@link SendRate}), and one message per chat
 * per interval ({@link ChatSpacing}, and the last send any instance recorded). A 429 pauses this instance and,
 * through the database, every other.
 */
final class SendPacing implements Claims.ChatGate {

    // logged as the dispatcher, as before the split: log settings and alerts keep their name
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final SendRate rate;
    private final OutboxProperties properties;
    private final DispatchSignals signals;
    private final Clock clock;
    private final LongSupplier nanos;
    private final ChatSpacing spacing;
    private final Semaphore permits;

    SendPacing(SendRate rate, OutboxProperties properties, DispatchSignals signals, Clock clock, LongSupplier nanos) {
        this.rate = rate;
        this.properties = properties;
        this.signals = signals;
        this.clock = clock;
        this.nanos = nanos;
        this.spacing = new ChatSpacing(properties.perChatInterval());
        this.permits = new Semaphore(properties.maxInFlight());
    }

    /**
     * One message per chat per interval: after this instance's last send to the chat (measured when it finished)
     * and after the last one any instance recorded as sent.
     */
    @Override
    public Claims.Decision decide(long chatId, Instant lastSentAt) {
        Instant now = clock.instant();
        long wait = spacing.waitNanos(chatId, nanos.getAsLong());
        if (lastSentAt != null) {
            wait = Math.max(wait, Duration.between(now, lastSentAt.plus(properties.perChatInterval())).toNanos());
        }
        return wait <= 0 ? new Claims.Decision.Take() : new Claims.Decision.Defer(now.plusNanos(wait));
    }

    /**
     * Takes an in-flight permit and a rate token, then counts the chat as in flight; false (holding neither)
     * when sending must not go on now. A slot taken is given back with {@link #finished} and {@link #release}.
     */
    boolean awaitSlot(long chatId) {
        try {
            while (!permits.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                if (!signals.running()) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        while (true) {
            if (!signals.running() || signals.holdOff() != null) {
                permits.release();
                return false;
            }
            long wait;
            try {
                wait = rate.takeSendToken(properties.ratePerSecond()).toNanos();
            } catch (RuntimeException e) {
                permits.release();
                log.warn("Cannot take a send token: {}", e.toString());
                return false;
            }
            if (wait == 0) {
                spacing.started(chatId);
                return true;
            }
            signals.waitFor(wait, false);
        }
    }

    /** The send to the chat is over, whatever its outcome: the chat's interval starts now. */
    void finished(long chatId) {
        spacing.finished(chatId, nanos.getAsLong());
    }

    /** Gives the in-flight permit back. */
    void release() {
        permits.release();
    }

    /** Forgets chats whose interval is over (when idle). */
    void forgetExpired() {
        spacing.forgetExpired(nanos.getAsLong());
    }

    /** After a 429 on this instance: it pauses at once. */
    void pauseHere(Duration delay) {
        signals.pauseFor(delay);
    }

    /** Telegram's limits are the bot's, not this instance's: every instance pauses. */
    void pauseEverywhere(Duration delay) {
        try {
            rate.pauseSending(delay);
        } catch (RuntimeException e) {
            log.warn("Cannot share the pause with other instances: {}", e.toString());
        }
    }
}
