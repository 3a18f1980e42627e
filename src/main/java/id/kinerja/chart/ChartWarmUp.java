package id.kinerja.chart;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Draws one throwaway chart when the application is ready, on a thread of its own: the first chart of a JVM
 * loads fonts and Java2D (a few hundred milliseconds), which would otherwise fall on the first person who taps
 * "Grafik" after a start.
 */
@Component
class ChartWarmUp {

    private static final Logger log = LoggerFactory.getLogger(ChartWarmUp.class);

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            long started = System.nanoTime();
            try {
                Charts.bars("warm-up", List.of("a", "b"), List.of(1, 2));
                Charts.levelLine("warm-up", List.of("a", "b"), List.of(0, 1), List.of("low", "high"));
                log.debug("charts warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException | Error e) {
                log.warn("charts could not be warmed up (the first chart will be slower): {}", e.toString());
            }
        }, "chart-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
