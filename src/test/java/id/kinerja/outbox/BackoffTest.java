package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = OutboxProperties.defaults().backoff();

    @Test
    void doubles_from_the_base_up_to_the_cap() {
        assertThat(IntStream.rangeClosed(1, 10).mapToObj(backoff::delayAfter).map(Duration::toSeconds).toList())
                .containsExactly(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L);
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void gives_up_after_max_attempts() {
        assertThat(backoff.exhausted(7)).isFalse();
        assertThat(backoff.exhausted(8)).isTrue();
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).exhausted(1)).isTrue();
    }

    @Test
    void a_short_schedule_for_tests() {
        Backoff fast = new Backoff(Duration.ofMillis(100), Duration.ofMillis(250), 3);
        assertThat(fast.delayAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(fast.delayAfter(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(fast.delayAfter(3)).isEqualTo(Duration.ofMillis(250));
    }
}
