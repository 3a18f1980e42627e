package id.kinerja.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what became of a send into the row's next state, counts and logs it: sent; 429 back to the queue
 * without counting an attempt while sending pauses everywhere; unreachable never retried; a passing failure
 * retried with exponential backoff until attempts run out; unconfirmed or rejected never sent again.
 */
final class OutcomeRecorder {

    // logged as the dispatcher, as before the split: log settings and alerts keep their name
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutcomeStore store;
    private final SendPacing pacing;
    private final Backoff backoff;
    private final OutboxMetrics metrics;
    private final Clock clock;

    OutcomeRecorder(OutcomeStore store, SendPacing pacing, Backoff backoff, OutboxMetrics metrics, Clock clock) {
        this.store = store;
        this.pacing = pacing;
        this.backoff = backoff;
        this.metrics = metrics;
        this.clock = clock;
    }

    void record(ClaimedMessage row, SendResult result) {
        Instant now = clock.instant();
        boolean recorded;
        if (result instanceof SendResult.Sent sent) {
            recorded = store.markSent(row, now, sent.messageId());
            metrics.sent();
        } else if (result instanceof SendResult.RetryAfter retry) {
            pacing.pauseHere(retry.delay());
            recorded = store.throttled(row, now.plus(retry.delay()), "429: retry after " + retry.delay().toSeconds() + "s");
            pacing.pauseEverywhere(retry.delay());
            metrics.tooManyRequests();
            log.info("Telegram asks to slow down: pausing the outbox for {}", retry.delay());
        } else if (result instanceof SendResult.Unreachable unreachable) {
            recorded = store.unreachable(row, now, unreachable.reason());
            metrics.unreachable();
            log.info("Chat {} is unreachable ({}); outbox message {} is not retried", row.chatId(),
                    unreachable.reason(), row.id());
        } else if (result instanceof SendResult.Transient failure) {
            recorded = failedOnce(row, now, failure.error());
        } else if (result instanceof SendResult.Unconfirmed unconfirmed) {
            recorded = store.unconfirmed(row, unconfirmed.error());
            metrics.unconfirmed();
            log.warn("Outbox message {} to chat {} probably arrived, but Telegram's answer could not be read; it is "
                    + "not sent again (UNCONFIRMED): {}", row.id(), row.chatId(), unconfirmed.error());
        } else if (result instanceof SendResult.Rejected rejected) {
            recorded = store.fail(row, true, rejected.error());
            metrics.failed();
            log.warn("Telegram rejected outbox message {}: {}", row.id(), rejected.error());
        } else {
            throw new IllegalStateException("unknown send result " + result);
        }
        if (!recorded) {
            log.warn("Outbox message {} was no longer leased to this instance when its outcome ({}) came",
                    row.id(), result);
        }
    }

    /** Rows an instance died while sending: never sent again (at most once), but counted and logged. */
    void abandoned(List<OutboxQueue.Abandoned> rows) {
        for (OutboxQueue.Abandoned row : rows) {
            metrics.unconfirmed();
            log.warn("Outbox message {} ({}) to chat {} was being sent at {} when its instance stopped; it may not "
                    + "have arrived and is not sent again (UNCONFIRMED)", row.id(), row.kind(), row.chatId(),
                    row.attemptedAt());
        }
    }

    private boolean failedOnce(ClaimedMessage row, Instant now, String error) {
        int attempts = row.attempts() + 1;
        boolean recorded;
        if (backoff.exhausted(attempts)) {
            recorded = store.fail(row, true, error);
            metrics.failed();
            log.warn("Outbox message {} failed {} times, giving up: {}", row.id(), attempts, error);
        } else {
            recorded = store.retryLater(row, now.plus(backoff.delayAfter(attempts)), error);
            metrics.retried();
            log.info("Outbox message {} failed (attempt {}), retrying in {}: {}", row.id(), attempts,
                    backoff.delayAfter(attempts), error);
        }
        return recorded;
    }
}
