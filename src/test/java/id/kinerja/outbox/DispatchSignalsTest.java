package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DispatchSignalsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final DispatchSignals signals = new DispatchSignals(nanos::get);

    @Test
    void it_starts_once_and_stops_once() {
        assertThat(signals.start()).isTrue();
        assertThat(signals.start()).isFalse();
        assertThat(signals.running()).isTrue();

        assertThat(signals.stop()).isTrue();
        assertThat(signals.stop()).isFalse();
        assertThat(signals.running()).isFalse();
    }

    @Test
    void a_pause_holds_sending_off_until_it_is_over() {
        assertThat(signals.holdOff()).isNull();

        signals.pauseFor(Duration.ofSeconds(3));
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(signals.holdOff()).isEqualTo(Duration.ofSeconds(2));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(signals.holdOff()).isNull();
    }

    @Test
    void a_shorter_pause_does_not_cut_a_longer_one() {
        signals.pauseFor(Duration.ofSeconds(30));
        signals.pauseFor(Duration.ofSeconds(1));

        assertThat(signals.holdOff()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_nudge_given_before_an_idle_wait_ends_it_at_once() {
        signals.start();
        signals.nudge();

        long before = System.nanoTime();
        signals.waitFor(Duration.ofSeconds(30).toNanos(), true);

        assertThat(System.nanoTime() - before).isLessThan(Duration.ofSeconds(5).toNanos());
    }
}
