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
import java.util.List;
import org.junit.jupiter.api.Assertions;
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

    @Test
    void a_supergroup_takes_messages_from_its_members_only_and_its_view_names_every_sender() throws Exception {
        try (BotApiEmulator playground = BotApiEmulator.start("1:playground", "kinerja_playground_bot",
                "KinerjaPlaygroundBot")) {
            playground.registerUser(1001, "Andi", "id");
            playground.registerUser(1002, "Erwin", "id");
            playground.registerUser(1005, "Putri", "id");
            playground.registerSupergroup(-1001000000001L, "Grup Kecamatan", List.of(1001L, 1002L));

            playground.sendTextInGroup(-1001000000001L, 1001, "/skor");
            playground.sendTextInGroup(-1001000000001L, 1002, "Selamat pagi");
            Assertions.assertThrows(IllegalStateException.class,
                    () -> playground.sendTextInGroup(-1001000000001L, 1005, "halo"));
            HttpResponse<String> sent = post(playground, "sendMessage",
                    "{\"chat_id\":-1001000000001,\"text\":\"Buka chat pribadi\"}");

            assertThat(sent.body()).contains("\"type\":\"supergroup\"", "\"username\":\"kinerja_playground_bot\"");
            assertThat(playground.groups()).containsExactly(new GroupChat(-1001000000001L, "supergroup",
                    "Grup Kecamatan", List.of(1001L, 1002L)));
            assertThat(playground.chatView(-1001000000001L, Long.MAX_VALUE).messages())
                    .extracting(ChatEntry::senderId, ChatEntry::senderName, ChatEntry::fromBot)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1001L, "Andi", false),
                            org.assertj.core.groups.Tuple.tuple(1002L, "Erwin", false),
                            org.assertj.core.groups.Tuple.tuple(BotApiEmulator.BOT_ID, "KinerjaPlaygroundBot", true));
            assertThat(playground.userMessagesIn(-1001000000001L).get(0).path("chat").path("type").asText())
                    .isEqualTo("supergroup");
            assertThat(post(playground, "getMe", "{}").body()).contains("\"first_name\":\"KinerjaPlaygroundBot\"");
        }
    }

    @Test
    void bounded_files_keep_the_newest_documents_users_sent_and_forget_the_oldest() throws Exception {
        emulator.limitFiles(2, 0);
        emulator.registerUser(1003, "Siti", "id");
        for (int i = 1; i <= 3; i++) {
            emulator.sendDocumentFromUser(1003, "roster" + i + ".csv", ("nip\n" + i).getBytes(), null);
        }
        List<String> fileIds = emulator.userMessagesIn(1003).stream()
                .map(m -> m.path("document").path("file_id").asText()).toList();

        assertThat(post(emulator, "getFile", "{\"file_id\":\"" + fileIds.get(0) + "\"}").body())
                .contains("invalid file_id");
        assertThat(post(emulator, "getFile", "{\"file_id\":\"" + fileIds.get(2) + "\"}").body())
                .contains("\"ok\":true", "documents/file_3.csv");
    }

    private static HttpResponse<String> post(BotApiEmulator target, String method, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(target.baseUrl() + "/bot"
                        + target.token() + "/" + method)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
