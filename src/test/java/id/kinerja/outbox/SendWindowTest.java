package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.CalendarProperties;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class SendWindowTest {

    private final SendWindow window = new SendWindow(new CalendarProperties(null, null, null, null, null));

    @Test
    void quiet_from_19_to_07_jakarta_time() {
        // Asia/Jakarta is UTC+7: 19:00 WIB = 12:00 UTC, 07:00 WIB = 00:00 UTC
        assertThat(window.isQuiet(Instant.parse("2026-11-30T11:59:59Z"))).isFalse();
        assertThat(window.isQuiet(Instant.parse("2026-11-30T12:00:00Z"))).isTrue();
        assertThat(window.isQuiet(Instant.parse("2026-11-30T17:00:00Z"))).isTrue();
        assertThat(window.isQuiet(Instant.parse("2026-11-30T23:59:59Z"))).isTrue();
        assertThat(window.isQuiet(Instant.parse("2026-12-01T00:00:00Z"))).isFalse();
        assertThat(window.isQuiet(Instant.parse("2026-12-01T03:00:00Z"))).isFalse();
    }

    @Test
    void follows_the_configured_zone_and_hours() {
        SendWindow makassar = new SendWindow(new CalendarProperties(java.time.ZoneId.of("Asia/Makassar"), null, null,
                LocalTime.of(21, 0), LocalTime.of(6, 0)));

        assertThat(makassar.isQuiet(Instant.parse("2026-11-30T12:30:00Z"))).isFalse(); // 20:30 WITA
        assertThat(makassar.isQuiet(Instant.parse("2026-11-30T13:00:00Z"))).isTrue(); // 21:00 WITA
        assertThat(makassar.isQuiet(Instant.parse("2026-11-30T22:00:00Z"))).isFalse(); // 06:00 WITA
    }
}
