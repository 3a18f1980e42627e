package id.kinerja.outbox;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Outbox counters, also published to Micrometer when a registry is there: {@code kinerja.outbox.sends}
 * (outcome=ok|429|403|error|unconfirmed), {@code kinerja.outbox.retries}, {@code kinerja.outbox.failures}, and
 * the gauges
 * {@code kinerja.outbox.depth} (pending messages) and {@code kinerja.outbox.oldest.age} (seconds the oldest
 * pending message has waited).
 */
@Component
class OutboxMetrics {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);
    private static final Duration DEPTH_CACHE = Duration.ofSeconds(1);

    /** The counters since start. */
    public record Counts(long sent, long http429, long unreachable, long failed, long retried, long errors,
                         long unconfirmed) {}

    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong http429 = new AtomicLong();
    private final AtomicLong unreachable = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong unconfirmed = new AtomicLong();
    private final OutboxQueue store;
    private final Clock clock;
    private volatile OutboxQueue.Depth depth;
    private volatile Instant depthRead = Instant.MIN;

    @Autowired
    OutboxMetrics(OutboxQueue store, Clock clock, ObjectProvider<MeterRegistry> registry) {
        this(store, clock, registry.getIfAvailable());
    }

    OutboxMetrics(OutboxQueue store, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.clock = clock;
        if (registry != null) {
            sends(registry, "ok", sent);
            sends(registry, "429", http429);
            sends(registry, "403", unreachable);
            sends(registry, "error", errors);
            sends(registry, "unconfirmed", unconfirmed);
            FunctionCounter.builder("kinerja.outbox.retries", retried, AtomicLong::get)
                    .description("Failed sends that will be tried again").register(registry);
            FunctionCounter.builder("kinerja.outbox.failures", failed, AtomicLong::get)
                    .description("Messages given up (rejected or out of attempts)").register(registry);
            Gauge.builder("kinerja.outbox.depth", this, m -> m.depth().pending())
                    .description("Messages waiting in the outbox").register(registry);
            Gauge.builder("kinerja.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
                    .description("Seconds the oldest waiting message has been queued").baseUnit("seconds")
                    .register(registry);
        }
    }

    private static void sends(MeterRegistry registry, String outcome, AtomicLong counter) {
        FunctionCounter.builder("kinerja.outbox.sends", counter, AtomicLong::get).tag("outcome", outcome)
                .description("Send attempts by outcome").register(registry);
    }

    public Counts counts() {
        return new Counts(sent.get(), http429.get(), unreachable.get(), failed.get(), retried.get(), errors.get(),
                unconfirmed.get());
    }

    void sent() {
        sent.incrementAndGet();
    }

    void tooManyRequests() {
        http429.incrementAndGet();
    }

    /** A send in flight when an instance died, or answered unreadably with success: not sent again. */
    void unconfirmed() {
        unconfirmed.incrementAndGet();
    }

    void unreachable() {
        unreachable.incrementAndGet();
    }

    void retried() {
        errors.incrementAndGet();
        retried.incrementAndGet();
    }

    void failed() {
        errors.incrementAndGet();
        failed.incrementAndGet();
    }

    private OutboxQueue.Depth depth() {
        Instant now = clock.instant();
        OutboxQueue.Depth cached = depth;
        if (cached == null || depthRead.plus(DEPTH_CACHE).isBefore(now)) {
            try {
                cached = store.depth();
            } catch (RuntimeException e) {
                log.debug("Cannot read the outbox depth: {}", e.toString());
                return cached == null ? new OutboxQueue.Depth(0, null) : cached;
            }
            depth = cached;
            depthRead = now;
        }
        return cached;
    }

    private double oldestAgeSeconds() {
        Instant oldest = depth().oldestCreatedAt();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000d);
    }
}
