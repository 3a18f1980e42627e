package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The playground's bot identity: kinerja_playground_bot unless configured, and only a name Telegram would take. */
class PlaygroundBotNameTest {

    @Test
    void the_default_is_the_playground_bot_and_a_configured_username_is_taken_without_its_at() {
        assertThat(PlaygroundMode.botUsername(null)).isEqualTo("kinerja_playground_bot");
        assertThat(PlaygroundMode.botUsername(" ")).isEqualTo("kinerja_playground_bot");
        assertThat(PlaygroundMode.botUsername("@DemoKantorBot")).isEqualTo("DemoKantorBot");
        assertThat(PlaygroundMode.botName(null)).isEqualTo("KinerjaPlaygroundBot");
        assertThat(PlaygroundMode.botName("Bot Kantor Camat")).isEqualTo("Bot Kantor Camat");
    }

    @Test
    void a_username_telegram_would_refuse_stops_the_start_with_the_rule() {
        assertThatThrownBy(() -> PlaygroundMode.botUsername("kinerja_playground"))
                .hasMessageContaining("ending in \"bot\"");
        assertThatThrownBy(() -> PlaygroundMode.botUsername("kinerja-bot")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PlaygroundMode.botUsername("a".repeat(31) + "bot"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PlaygroundMode.botName("x".repeat(65))).isInstanceOf(IllegalStateException.class);
    }
}
