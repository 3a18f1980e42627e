package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PlaygroundClockTest {

    private static final Instant T0 = Instant.parse("2026-12-02T01:00:00Z");

    @Test
    void the_clock_moves_forward_only_and_a_reset_brings_it_back() {
        PlaygroundClock clock = new PlaygroundClock(Clock.fixed(T0, ZoneOffset.UTC));

        clock.moveTo(T0.plus(Duration.ofDays(2)));
        clock.moveTo(T0.plus(Duration.ofDays(1)));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-04T01:00:00Z"));
        assertThat(clock.withZone(ZoneId.of("Asia/Jakarta")).instant()).isEqualTo(clock.instant());
        assertThat(clock.withZone(ZoneId.of("Asia/Jakarta")).getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        clock.reset();
        assertThat(clock.instant()).isEqualTo(T0);
    }

    @Test
    void the_playground_s_data_directory_is_next_to_the_production_one() {
        assertThat(PlaygroundMode.dataDirectory(null)).isEqualTo(Path.of("./data-playground"));
        assertThat(PlaygroundMode.dataDirectory(" ")).isEqualTo(Path.of("./data-playground"));
        assertThat(PlaygroundMode.dataDirectory("/var/lib/kinerja/")).isEqualTo(Path.of("/var/lib/kinerja-playground"));
    }
}
