package id.kinerja.chat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Updates handled, by kind and outcome, with the handling latency (metric {@code kinerja.updates}). */
@Component
class UpdateMetrics {

    private final MeterRegistry registry;

    UpdateMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void handled(Incoming incoming, String outcome, long startedNanos) {
        Timer.builder("kinerja.updates")
                .description("Telegram updates handled")
                .tag("kind", incoming instanceof Incoming.ButtonTap ? "callback_query" : "message")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry)
                .record(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
