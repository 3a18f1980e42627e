package id.kinerja.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DigestPropertiesTest {

    @Test
    void monday_at_eight_unless_configured() {
        DigestProperties defaults = new DigestProperties(null, null, null);
        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.cron()).isEqualTo("0 0 8 ? * MON");
    }

    @Test
    void the_configured_day_and_time_make_the_cron() {
        assertThat(new DigestProperties(true, DayOfWeek.FRIDAY, LocalTime.of(16, 30)).cron()).isEqualTo("0 30 16 ? * FRI");
    }
}
