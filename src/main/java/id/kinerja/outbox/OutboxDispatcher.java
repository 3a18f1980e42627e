package id.kinerja.outbox;

import id.kinerja.calendar.CalendarProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds (SPEC §5.4, §5.6). One loop claims due rows in a short transaction (leased, so a
 * crashed instance's rows come back), then hands them to a bounded pool of senders, paced by a token bucket
 * in the database that every instance shares (Telegram's limits are the bot's) and by per-chat spacing. A 429
 * puts the row back without counting an attempt and pauses all sending, on every instance, for its
 * retry_after; failures back off exponentially; unreachable chats are marked and never retried. Nothing is
 * sent in the quiet hours. On shutdown, leased rows not yet handed out go back to the queue and in-flight sends
 * are waited for; whatever is left keeps its lease and is recovered later.
 * A send is recorded as attempted just before its request goes out, so a crash mid-send never makes a message
 * go out twice (see {@link OutboxStore}).
 */
@Component
@ConditionalOnBooleanProperty("kinerja.telegram.enabled")
@ConditionalOnBooleanProperty(name = "kinerja.outbox.enabled", matchIfMissing = true)
public class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final OutboxStore store;
    private final OutboundChannel channel;
    private final OutboxProperties properties;
    private final SendWindow window;
    private final Clock clock;
    private final OutboxMetrics metrics;
    private final Backoff backoff;
    private final LongSupplier nanos = System::nanoTime;
    private final ChatSpacing spacing;
    private final Semaphore permits;
    private final int batchLimit;

    private final Object monitor = new Object();
    private boolean nudged;
    private boolean paused;
    private long pausedUntil;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService senders;

    OutboxDispatcher(OutboxStore store, OutboundChannel channel, OutboxProperties properties,
                     CalendarProperties calendar, Clock clock, OutboxMetrics metrics) {
        this.store = store;
        this.channel = channel;
        this.properties = properties;
        this.window = new SendWindow(calendar);
        this.clock = clock;
        this.metrics = metrics;
        this.backoff = properties.backoff();
        this.spacing = new ChatSpacing(properties.perChatInterval());
        this.permits = new Semaphore(properties.maxInFlight());
        // a batch must be sendable well within its lease at the configured rate
        long sendableInQuarterLease = (long) (properties.ratePerSecond() * properties.lease().toSeconds() / 4);
        this.batchLimit = (int) Math.max(1, Math.min(properties.batchSize(), sendableInQuarterLease));
    }

    /** Wakes the dispatcher now instead of at its next poll: something was queued. */
    public void nudge() {
        synchronized (monitor) {
            nudged = true;
            monitor.notifyAll();
        }
    }

    @EventListener
    void onQueued(Outbox.MessageQueued event) {
        nudge();
    }

    @Override
    public void start() {
        synchronized (monitor) {
            if (running) {
                return;
            }
            running = true;
            AtomicInteger threads = new AtomicInteger();
            senders = Executors.newFixedThreadPool(properties.maxInFlight(), r -> {
                Thread t = new Thread(r, "outbox-send-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            loop = new Thread(this::run, "outbox-dispatcher");
            loop.setDaemon(true);
            loop.start();
        }
        log.info("Outbox dispatcher started: {}/s, {} per chat, up to {} in flight", properties.ratePerSecond(),
                properties.perChatInterval(), properties.maxInFlight());
    }

    @Override
    public void stop() {
        Thread loopThread;
        ExecutorService pool;
        synchronized (monitor) {
            if (!running) {
                return;
            }
            running = false;
            monitor.notifyAll();
            loopThread = loop;
            pool = senders;
        }
        try {
            loopThread.join(STOP_TIMEOUT.toMillis());
            pool.shutdown();
            if (!pool.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Outbox sends still in flight at shutdown keep their lease and are recovered later");
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
        log.info("Outbox dispatcher stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                Duration hold = holdOff();
                if (hold != null) {
                    waitFor(hold.toNanos(), false);
                    continue;
                }
                settleAbandoned();
                // a reply answers what someone just did, so the quiet hours hold back only what the bot says on its own
                boolean repliesOnly = window.isQuiet(clock.instant());
                List<OutboxStore.Claimed> batch = store.claim(clock.instant(), properties.lease(), batchLimit,
                        repliesOnly, this::decide);
                if (batch.isEmpty()) {
                    spacing.forgetExpired(nanos.getAsLong());
                    waitFor(idleWait().toNanos(), true);
                } else {
                    dispatch(batch);
                }
            } catch (RuntimeException e) {
                log.warn("Outbox dispatch failed, trying again: {}", e.toString());
                waitFor(properties.pollInterval().toNanos(), false);
            }
        }
    }

    /** Rows an instance died while sending: never sent again (at most once), but counted and logged. */
    private void settleAbandoned() {
        List<OutboxStore.Abandoned> abandoned = store.settleAbandoned(clock.instant());
        for (OutboxStore.Abandoned row : abandoned) {
            metrics.unconfirmed();
            log.warn("Outbox message {} ({}) to chat {} was being sent at {} when its instance stopped; it may not "
                    + "have arrived and is not sent again (UNCONFIRMED)", row.id(), row.kind(), row.chatId(),
                    row.attemptedAt());
        }
    }

    /**
     * Until the next row is due, at most one poll interval. A row already due that was not claimed belongs to a
     * chat with a message in flight (here or on another instance): that waits for the next poll.
     */
    private Duration idleWait() {
        Duration poll = properties.pollInterval();
        Instant next = store.nextDue();
        if (next == null) {
            return poll;
        }
        Duration until = Duration.between(clock.instant(), next);
        return until.isNegative() || until.isZero() || until.compareTo(poll) > 0 ? poll : until.plusMillis(1);
    }

    /** Null when sending may go on, else how long to wait before looking again. */
    private Duration holdOff() {
        synchronized (monitor) {
            if (paused) {
                long left = pausedUntil - nanos.getAsLong();
                if (left > 0) {
                    return Duration.ofNanos(left);
                }
                paused = false;
            }
        }
        return null;
    }

    /**
     * One message per chat per interval: after this instance's last send to the chat (measured when it finished)
     * and after the last one any instance recorded as sent.
     */
    private OutboxStore.Decision decide(long chatId, Instant lastSentAt) {
        Instant now = clock.instant();
        long wait = spacing.waitNanos(chatId, nanos.getAsLong());
        if (lastSentAt != null) {
            wait = Math.max(wait, Duration.between(now, lastSentAt.plus(properties.perChatInterval())).toNanos());
        }
        return wait <= 0 ? new OutboxStore.Decision.Take() : new OutboxStore.Decision.Defer(now.plusNanos(wait));
    }

    private void dispatch(List<OutboxStore.Claimed> batch) {
        for (int i = 0; i < batch.size(); i++) {
            OutboxStore.Claimed row = batch.get(i);
            if (!awaitSendSlot()) {
                store.release(batch.subList(i, batch.size()));
                return;
            }
            spacing.started(row.chatId());
            try {
                senders.execute(() -> send(row));
            } catch (RejectedExecutionException e) {
                spacing.finished(row.chatId(), nanos.getAsLong());
                permits.release();
                store.release(batch.subList(i, batch.size()));
                return;
            }
        }
    }

    /** Takes an in-flight permit and a rate token; false (holding neither) when sending must not go on now. */
    private boolean awaitSendSlot() {
        try {
            while (!permits.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                if (!running) {
                    return false;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        while (true) {
            if (!running || holdOff() != null) {
                permits.release();
                return false;
            }
            long wait;
            try {
                wait = store.takeSendToken(properties.ratePerSecond()).toNanos();
            } catch (RuntimeException e) {
                permits.release();
                log.warn("Cannot take a send token: {}", e.toString());
                return false;
            }
            if (wait == 0) {
                return true;
            }
            waitFor(wait, false);
        }
    }

    private void send(OutboxStore.Claimed row) {
        try {
            SendResult result;
            try {
                if (!store.attempting(row, clock.instant())) {
                    log.warn("Outbox message {} is no longer leased to this instance; not sending it", row.id());
                    return;
                }
                result = channel.send(row.chatId(), row.html(), row.keyboard(), row.partsSent(),
                        parts -> store.partsSent(row, parts));
            } catch (RuntimeException e) {
                result = new SendResult.Transient(e.toString());
            } finally {
                spacing.finished(row.chatId(), nanos.getAsLong());
            }
            record(row, result);
        } catch (RuntimeException e) {
            log.error("Cannot record the outcome of outbox message {}; it becomes UNCONFIRMED after its lease",
                    row.id(), e);
        } finally {
            permits.release();
            nudge(); // the chat's next message, or rows held back for a free slot, may be due now
        }
    }

    private void record(OutboxStore.Claimed row, SendResult result) {
        Instant now = clock.instant();
        boolean recorded;
        if (result instanceof SendResult.Sent sent) {
            recorded = store.markSent(row, now, sent.messageId());
            metrics.sent();
        } else if (result instanceof SendResult.RetryAfter retry) {
            pauseFor(retry.delay());
            recorded = store.throttled(row, now.plus(retry.delay()), "429: retry after " + retry.delay().toSeconds() + "s");
            sharePause(retry.delay());
            metrics.tooManyRequests();
            log.info("Telegram asks to slow down: pausing the outbox for {}", retry.delay());
        } else if (result instanceof SendResult.Unreachable unreachable) {
            recorded = store.unreachable(row, now, unreachable.reason());
            metrics.unreachable();
            log.info("Chat {} is unreachable ({}); outbox message {} is not retried", row.chatId(),
                    unreachable.reason(), row.id());
        } else if (result instanceof SendResult.Transient failure) {
            int attempts = row.attempts() + 1;
            if (backoff.exhausted(attempts)) {
                recorded = store.fail(row, true, failure.error());
                metrics.failed();
                log.warn("Outbox message {} failed {} times, giving up: {}", row.id(), attempts, failure.error());
            } else {
                recorded = store.retryLater(row, now.plus(backoff.delayAfter(attempts)), failure.error());
                metrics.retried();
                log.info("Outbox message {} failed (attempt {}), retrying in {}: {}", row.id(), attempts,
                        backoff.delayAfter(attempts), failure.error());
            }
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

    /** Telegram's limits are the bot's, not this instance's: every instance pauses. */
    private void sharePause(Duration delay) {
        try {
            store.pauseSending(delay);
        } catch (RuntimeException e) {
            log.warn("Cannot share the pause with other instances: {}", e.toString());
        }
    }

    private void pauseFor(Duration delay) {
        synchronized (monitor) {
            long until = nanos.getAsLong() + delay.toNanos();
            if (!paused || until - pausedUntil > 0) {
                pausedUntil = until;
            }
            paused = true;
            monitor.notifyAll();
        }
    }

    /** Waits up to the given time; returns early on stop, and on a nudge when {@code wakeOnNudge}. */
    private void waitFor(long nanosToWait, boolean wakeOnNudge) {
        long deadline = nanos.getAsLong() + nanosToWait;
        synchronized (monitor) {
            try {
                while (running && !(wakeOnNudge && nudged)) {
                    long left = deadline - nanos.getAsLong();
                    if (left <= 0) {
                        break;
                    }
                    TimeUnit.NANOSECONDS.timedWait(monitor, left);
                    if (!wakeOnNudge) {
                        break; // woken by a nudge, a 429 or stop: let the caller look again
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (wakeOnNudge) {
                nudged = false;
            }
        }
    }
}
