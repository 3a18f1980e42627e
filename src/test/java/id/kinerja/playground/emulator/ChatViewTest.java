package id.kinerja.playground.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the playground's page reads from the emulator: chat views with versions, waiting, bounds, the clock. */
class ChatViewTest {

    private final BotApiEmulator emulator = BotApiEmulator.start();

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void a_user_message_is_in_the_view_with_the_emulator_s_clock_and_raises_the_version() {
        emulator.useClock(Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC));
        emulator.registerUser(1001, "Andi", "id");
        long before = emulator.chatVersion(1001);

        emulator.sendText(1001, "/skor");

        ChatView view = emulator.chatView(1001, Long.MAX_VALUE);
        assertThat(view.version()).isEqualTo(before + 1);
        assertThat(view.messages()).hasSize(1);
        ChatEntry entry = view.messages().get(0);
        assertThat(entry.fromBot()).isFalse();
        assertThat(entry.text()).isEqualTo("/skor");
        assertThat(entry.entities()).extracting(TextEntity::type).containsExactly("bot_command");
        assertThat(entry.date()).isEqualTo(Instant.parse("2026-12-02T01:00:00Z").getEpochSecond());
        assertThat(view.toasts()).isEmpty();
    }

    @Test
    void waiting_for_a_change_returns_at_once_when_there_is_one_and_after_the_timeout_when_there_is_none() {
        emulator.registerUser(1001, "Andi", "id");
        emulator.sendText(1001, "halo");
        long version = emulator.chatVersion(1001);

        long started = System.nanoTime();
        assertThat(emulator.awaitChatChange(1001, version - 1, Duration.ofSeconds(5)).version()).isEqualTo(version);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        started = System.nanoTime();
        assertThat(emulator.awaitChatChange(1001, version, Duration.ofMillis(300)).version()).isEqualTo(version);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }

    @Test
    void bounded_state_keeps_the_newest_messages_and_calls_and_call_indexes_keep_counting() throws Exception {
        emulator.limitState(3, 5);
        emulator.registerUser(1001, "Andi", "id");
        for (int i = 1; i <= 10; i++) {
            emulator.sendText(1001, "pesan " + i);
        }
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 8; i++) {
            http.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/bot" + emulator.token() + "/getMe"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(emulator.chatView(1001, 0).messages()).extracting(ChatEntry::text)
                .containsExactly("pesan 8", "pesan 9", "pesan 10");
        assertThat(emulator.callsSince(0)).extracting(IndexedCall::index).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(emulator.callsSince(6)).extracting(IndexedCall::index).containsExactly(6L, 7L);
        IndexedCall last = emulator.callsSince(7).get(0);
        assertThat(last.call().method()).isEqualTo("getMe");
        assertThat(last.call().response().path("result").path("username").asText())
                .isEqualTo(BotApiEmulator.BOT_USERNAME);
    }
}
