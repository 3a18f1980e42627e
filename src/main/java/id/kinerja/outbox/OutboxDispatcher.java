package id.kinerja.outbox;

import id.kinerja.calendar.CalendarProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 * Sends what the outbox holds (docs/ARCHITECTURE.md, the outbox). One loop claims due rows in a short
 * transaction ({@link Claims}: leased, so a crashed instance's rows come back), then hands them to a bounded pool
 * of senders ({@link MessageSender}), paced by {@link SendPacing}; {@link OutcomeRecorder} says what becomes of
 * each. Nothing is sent in the quiet hours but replies. On shutdown, leased rows not yet handed out go back to the
 * queue and in-flight sends are waited for; whatever is left keeps its lease and is recovered later.
 */
@Component
@ConditionalOnBooleanProperty("kinerja.telegram.enabled")
@ConditionalOnBooleanProperty(name = "kinerja.outbox.enabled", matchIfMissing = true)
class OutboxDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final Claims claims;
    private final OutboxQueue queue;
    private final OutboxProperties properties;
    private final SendWindow window;
    private final Clock clock;
    private final DispatchSignals signals;
    private final SendPacing pacing;
    private final OutcomeRecorder outcomes;
    private final MessageSender sender;
    private final int batchLimit;

    private Thread loop;
    private ExecutorService senders;

    OutboxDispatcher(Claims claims, OutboxQueue queue, OutcomeStore outcomeStore, SendRate rate,
                     OutboundChannel channel, OutboxProperties properties, CalendarProperties calendar, Clock clock,
                     OutboxMetrics metrics) {
        LongSupplier nanos = System::nanoTime;
        this.claims = claims;
        this.queue = queue;
        this.properties = properties;
        this.window = new SendWindow(calendar);
        this.clock = clock;
        this.signals = new DispatchSignals(nanos);
        this.pacing = new SendPacing(rate, properties, signals, clock, nanos);
        this.outcomes = new OutcomeRecorder(outcomeStore, pacing, properties.backoff(), metrics, clock);
        this.sender = new MessageSender(queue, channel, pacing, outcomes, signals, clock);
        // a batch must be sendable well within its lease at the configured rate
        long sendableInQuarterLease = (long) (properties.ratePerSecond() * properties.lease().toSeconds() / 4);
        this.batchLimit = (int) Math.max(1, Math.min(properties.batchSize(), sendableInQuarterLease));
    }

    /** Wakes the dispatcher now instead of at its next poll: something was queued. */
    public void nudge() {
        signals.nudge();
    }

    @EventListener
    void onQueued(Outbox.MessageQueued event) {
        nudge();
    }

    @Override
    public synchronized void start() {
        if (!signals.start()) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        senders = Executors.newFixedThreadPool(properties.maxInFlight(), r -> {
            Thread t = new Thread(r, "outbox-send-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        loop = new Thread(this::run, "outbox-dispatcher");
        loop.setDaemon(true);
        loop.start();
        log.info("Outbox dispatcher started: {}/s, {} per chat, up to {} in flight", properties.ratePerSecond(),
                properties.perChatInterval(), properties.maxInFlight());
    }

    @Override
    public synchronized void stop() {
        if (!signals.stop()) {
            return;
        }
        try {
            loop.join(STOP_TIMEOUT.toMillis());
            senders.shutdown();
            if (!senders.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("Outbox sends still in flight at shutdown keep their lease and are recovered later");
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            senders.shutdownNow();
        }
        log.info("Outbox dispatcher stopped");
    }

    @Override
    public boolean isRunning() {
        return signals.running();
    }

    private void run() {
        while (signals.running()) {
            try {
                Duration hold = signals.holdOff();
                if (hold != null) {
                    signals.waitFor(hold.toNanos(), false);
                    continue;
                }
                outcomes.abandoned(queue.settleAbandoned(clock.instant()));
                // a reply answers what someone just did, so the quiet hours hold back only what the bot says on its own
                boolean repliesOnly = window.isQuiet(clock.instant());
                List<ClaimedMessage> batch = claims.claim(clock.instant(), properties.lease(), batchLimit,
                        repliesOnly, pacing);
                if (batch.isEmpty()) {
                    pacing.forgetExpired();
                    signals.waitFor(idleWait().toNanos(), true);
                } else {
                    dispatch(batch);
                }
            } catch (RuntimeException e) {
                log.warn("Outbox dispatch failed, trying again: {}", e.toString());
                signals.waitFor(properties.pollInterval().toNanos(), false);
            }
        }
    }

    /**
     * Until the next row is due, at most one poll interval. A row already due that was not claimed belongs to a
     * chat with a message in flight (here or on another instance): that waits for the next poll.
     */
    private Duration idleWait() {
        Duration poll = properties.pollInterval();
        Instant next = queue.nextDue();
        if (next == null) {
            return poll;
        }
        Duration until = Duration.between(clock.instant(), next);
        return until.isNegative() || until.isZero() || until.compareTo(poll) > 0 ? poll : until.plusMillis(1);
    }

    private void dispatch(List<ClaimedMessage> batch) {
        for (int i = 0; i < batch.size(); i++) {
            ClaimedMessage row = batch.get(i);
            if (!pacing.awaitSlot(row.chatId())) {
                queue.release(batch.subList(i, batch.size()));
                return;
            }
            try {
                senders.execute(() -> sender.send(row));
            } catch (RejectedExecutionException e) {
                pacing.finished(row.chatId());
                pacing.release();
                queue.release(batch.subList(i, batch.size()));
                return;
            }
        }
    }
}
