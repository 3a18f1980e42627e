package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.demo.DemoPeople;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application in playground mode (as {@code Main} starts it without a token: emulator, fake token, demo office,
 * personas), with a database of its own, driven only through the playground's REST API as the page drives it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kinerja.test.own-database=true",
        // the clock is moved by the tests, not by Quartz's ticks
        "spring.quartz.auto-startup=false",
        // no quiet hours, so the outbox sends whatever the hour of the test run
        "kinerja.calendar.quiet-start=00:00", "kinerja.calendar.quiet-end=00:00"})
@ContextConfiguration(initializers = PlaygroundMode.class)
class PlaygroundApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    /** Only to see the updates as the bot received them; everything else goes through the REST API. */
    @org.springframework.beans.factory.annotation.Autowired
    id.kinerja.playground.emulator.BotApiEmulator emulator;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
        // traversable by others: as root, the embedded PostgreSQL runs as nobody
        Path dir = Files.createTempDirectory("kinerja-playground-test",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        registry.add("kinerja.data-dir", dir::toString);
    }

    @BeforeEach
    void freshSandbox() throws Exception {
        assertThat(post("/playground/api/reset", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void the_personas_are_listed_with_the_four_employees_linked_and_hints_for_the_citizen_and_the_visitor()
            throws Exception {
        JsonNode personas = getJson("/playground/api/personas");

        List<String> roles = new ArrayList<>();
        personas.forEach(p -> roles.add(p.path("role").asText() + ":" + p.path("userId").asLong() + ":"
                + p.path("linked").asBoolean() + ":" + p.path("language").asText()));
        assertThat(roles).containsExactly("pegawai:1001:true:id", "atasan:1002:true:id", "hr:1003:true:id",
                "camat:1004:true:id", "warga:1005:false:id", "visitor:1006:false:id");
        assertThat(personas.get(0).path("name").asText()).isEqualTo("Andi Pratama Sembiring");
        assertThat(personas.get(0).path("title").asText())
                .isEqualTo("Petugas Pelayanan Administrasi Terpadu · Seksi Pelayanan Umum");
        assertThat(personas.get(0).path("hint").isNull()).isTrue();
        assertThat(personas.get(4).path("hint").asText()).matches("/start skm_\\d+_[0-9a-f]{16}");
        assertThat(personas.get(5).path("hint").asText()).startsWith("/start ");
        assertThat(personas.get(5).path("name").asText()).isEqualTo(DemoPeople.get(Personas.VISITOR_PERSON).name());
    }

    @Test
    void the_visitor_links_with_the_code_of_the_hint() throws Exception {
        String hint = persona("visitor").path("hint").asText();

        send(Personas.VISITOR, hint);

        assertThat(awaitBotMessage(Personas.VISITOR, m -> m.path("text").asText().contains("✅"))).isNotNull();
        assertThat(persona("visitor").path("linked").asBoolean()).isTrue();
        assertThat(persona("visitor").path("hint").isNull()).isTrue();
    }

    @Test
    void hr_sends_admin_and_gets_the_status_with_buttons() throws Exception {
        send(Personas.HR, "/admin");

        JsonNode status = awaitBotMessage(Personas.HR, m -> m.path("text").asText().contains("Penilaian selesai"));
        assertThat(status.path("text").asText()).contains("Periode November 2026");
        assertThat(status.path("keyboard").size()).isPositive();
        assertThat(status.path("keyboard").get(0).get(0).path("callbackData").asText()).isNotEmpty();
        assertThat(status.path("entities").findValuesAsText("type")).contains("bold");
        assertThat(OffsetDateTime.parse(status.path("date").asText()).getOffset().getId()).isEqualTo("+07:00");
    }

    @Test
    void the_user_s_own_messages_are_in_the_chat_and_the_version_goes_up() throws Exception {
        long before = getJson("/playground/api/chats/" + Personas.PEGAWAI + "/messages").path("version").asLong();

        send(Personas.PEGAWAI, "/skor");

        JsonNode score = awaitBotMessage(Personas.PEGAWAI, m -> m.path("text").asText().contains("Kinerja"));
        JsonNode chat = getJson("/playground/api/chats/" + Personas.PEGAWAI + "/messages?since=" + before);
        assertThat(chat.path("version").asLong()).isGreaterThan(before);
        JsonNode first = chat.path("messages").get(0);
        assertThat(first.path("fromBot").asBoolean()).isFalse();
        assertThat(first.path("text").asText()).isEqualTo("/skor");
        assertThat(score.path("fromBot").asBoolean()).isTrue();
    }

    @Test
    void the_supervisor_evaluates_through_the_buttons_and_the_employee_s_chat_gets_the_notice() throws Exception {
        send(Personas.ATASAN, "/tugas");
        JsonNode tasks = awaitBotMessage(Personas.ATASAN, m -> hasButton(m, "Andi Pratama Sembiring"));

        int cards = botMessages(Personas.ATASAN).size();
        tap(Personas.ATASAN, tasks, "Andi Pratama Sembiring");
        JsonNode card = awaitBotMessage(Personas.ATASAN, m -> m.path("text").asText().contains("Langkah 1 dari 4"));
        assertThat(botMessages(Personas.ATASAN)).hasSize(cards + 1);
        tap(Personas.ATASAN, card, "Sesuai Ekspektasi");
        JsonNode step2 = awaitBotMessage(Personas.ATASAN, m -> m.path("messageId").asInt() == card.path("messageId")
                .asInt() && m.path("text").asText().contains("Langkah 2 dari 4"));
        assertThat(step2.path("edited").asBoolean()).isTrue();
        tap(Personas.ATASAN, step2, "Sesuai Ekspektasi");
        JsonNode step3 = awaitBotMessage(Personas.ATASAN, m -> m.path("text").asText().contains("Langkah 3 dari 4"));
        tap(Personas.ATASAN, step3, "Lewati");
        JsonNode step4 = awaitBotMessage(Personas.ATASAN, m -> m.path("text").asText().contains("Langkah 4 dari 4"));
        tap(Personas.ATASAN, step4, "Kirim");

        JsonNode notice = awaitBotMessage(Personas.PEGAWAI,
                m -> m.path("text").asText().contains("telah menilai kinerja Anda"));
        assertThat(notice.path("text").asText()).contains("Erwin Saragih", "periode November 2026",
                "Predikat: Baik");
    }

    @Test
    void the_trend_chart_arrives_as_a_photo_whose_bytes_the_page_can_fetch() throws Exception {
        send(Personas.PEGAWAI, "/skor");
        JsonNode score = awaitBotMessage(Personas.PEGAWAI, m -> hasButton(m, "📈 Grafik tren"));

        tap(Personas.PEGAWAI, score, "Grafik tren");

        JsonNode photo = awaitBotMessage(Personas.PEGAWAI, m -> m.path("kind").asText().equals("photo"));
        assertThat(photo.path("caption").asText()).startsWith("Tren predikat kinerja");
        assertThat(photo.path("text").isNull()).isTrue();
        HttpResponse<byte[]> file = HTTP.send(HttpRequest.newBuilder(uri(photo.path("fileUrl").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(java.util.Arrays.copyOf(file.body(), 4)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/playground/api/files/999999")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void a_document_over_20_mb_is_refused_and_a_roster_file_reaches_the_bot() throws Exception {
        HttpResponse<String> tooBig = upload(Personas.HR, "big.csv", new byte[20 * 1024 * 1024 + 1]);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooBig.body()).path("error").asText()).isEqualTo("file larger than 20 MB");

        HttpResponse<String> roster = upload(Personas.HR, "roster.csv",
                "nip,name,position,unit,supervisor_nip\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(roster.statusCode()).as(roster.body()).isEqualTo(202);

        JsonNode mine = getJson("/playground/api/chats/" + Personas.HR + "/messages").path("messages").get(0);
        assertThat(mine.path("fromBot").asBoolean()).isFalse();
        assertThat(mine.path("kind").asText()).isEqualTo("document");
        assertThat(mine.path("fileName").asText()).isEqualTo("roster.csv");
        assertThat(awaitBotMessage(Personas.HR, m -> true)).isNotNull();
    }

    @Test
    void a_tap_on_a_button_that_is_not_there_is_refused() throws Exception {
        send(Personas.ATASAN, "/tugas");
        JsonNode tasks = awaitBotMessage(Personas.ATASAN, m -> hasButton(m, "Andi Pratama Sembiring"));

        HttpResponse<String> refused = post("/playground/api/chats/" + Personas.ATASAN + "/taps",
                "{\"messageId\":" + tasks.path("messageId").asInt() + ",\"callbackData\":\"forged:1\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).contains("no button");
    }

    @Test
    void a_text_longer_than_telegram_allows_is_refused() throws Exception {
        HttpResponse<String> refused = post("/playground/api/chats/" + Personas.PEGAWAI + "/messages",
                JSON.writeValueAsString(java.util.Map.of("text", "a".repeat(4097))));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).isEqualTo("text longer than 4096 characters");
        assertThat(post("/playground/api/chats/999/messages", "{\"text\":\"/start\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void moving_the_clock_to_the_reminder_slots_brings_the_supervisor_s_prompt() throws Exception {
        JsonNode clock = getJson("/playground/api/clock");
        assertThat(clock.path("zone").asText()).isEqualTo("Asia/Jakarta");
        OffsetDateTime start = OffsetDateTime.parse(clock.path("now").asText());

        // the ladder prompts on some working days only: move slot by slot until one is a prompt day
        boolean prompted = false;
        for (int slot = 0; slot < 10 && !prompted; slot++) {
            JsonNode moved = postJson("/playground/api/clock", "{\"advance\":\"next-reminder\"}");
            OffsetDateTime now = OffsetDateTime.parse(moved.path("now").asText());
            assertThat(now.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES)).isEqualTo(java.time.LocalTime.of(8, 0));
            assertThat(now).isAfter(start);
            prompted = awaitOptional(Personas.ATASAN,
                    m -> m.path("text").asText().contains("Pegawai yang belum Anda nilai"), Duration.ofSeconds(3));
        }

        assertThat(prompted).as("a deadline prompt within ten prompt slots").isTrue();
    }

    @Test
    void days_out_of_range_are_refused_and_days_move_the_clock_by_whole_days() throws Exception {
        OffsetDateTime start = OffsetDateTime.parse(getJson("/playground/api/clock").path("now").asText());

        assertThat(post("/playground/api/clock", "{\"advance\":\"days\",\"days\":0}").statusCode()).isEqualTo(400);
        assertThat(post("/playground/api/clock", "{\"advance\":\"yesterday\"}").statusCode()).isEqualTo(400);
        OffsetDateTime moved = OffsetDateTime.parse(postJson("/playground/api/clock",
                "{\"advance\":\"days\",\"days\":3}").path("now").asText());

        assertThat(Duration.between(start, moved).toHours()).isEqualTo(72);
    }

    @Test
    void the_inspector_lists_the_send_message_calls_with_parameters_and_answers() throws Exception {
        send(Personas.PEGAWAI, "/skor");
        awaitBotMessage(Personas.PEGAWAI, m -> m.path("text").asText().contains("Kinerja"));

        JsonNode calls = getJson("/playground/api/calls?since=0");
        List<JsonNode> sends = new ArrayList<>();
        calls.forEach(c -> {
            if (c.path("method").asText().equals("sendMessage")
                    && c.path("parameters").path("chat_id").asLong() == Personas.PEGAWAI) {
                sends.add(c);
            }
        });
        assertThat(sends).isNotEmpty();
        JsonNode send = sends.get(0);
        assertThat(send.path("ok").asBoolean()).isTrue();
        assertThat(send.path("error").isNull()).isTrue();
        assertThat(send.path("response").path("result").path("chat").path("id").asLong()).isEqualTo(Personas.PEGAWAI);
        long last = calls.get(calls.size() - 1).path("index").asLong();
        JsonNode later = getJson("/playground/api/calls?since=" + last);
        assertThat(later.get(0).path("index").asLong()).isEqualTo(last);
    }

    @Test
    void the_command_menu_is_the_one_the_bot_set_for_the_language() throws Exception {
        JsonNode menu = getJson("/playground/api/commands?language=id");

        assertThat(menu.findValuesAsText("command")).contains("skor", "tugas");
    }

    @Test
    void a_reset_empties_the_chats_and_puts_the_clock_back() throws Exception {
        send(Personas.PEGAWAI, "/skor");
        awaitBotMessage(Personas.PEGAWAI, m -> m.path("text").asText().contains("Kinerja"));
        postJson("/playground/api/clock", "{\"advance\":\"days\",\"days\":10}");

        assertThat(post("/playground/api/reset", "{}").statusCode()).isEqualTo(200);

        assertThat(getJson("/playground/api/chats/" + Personas.PEGAWAI + "/messages").path("messages").size())
                .isZero();
        OffsetDateTime now = OffsetDateTime.parse(getJson("/playground/api/clock").path("now").asText());
        assertThat(Duration.between(now, OffsetDateTime.now()).abs().toMinutes()).isLessThan(2);
        assertThat(persona("pegawai").path("linked").asBoolean()).isTrue();
    }

    @Test
    void the_office_group_is_listed_with_the_office_s_personas_as_members_and_the_bot_is_the_playground_s()
            throws Exception {
        JsonNode groups = getJson("/playground/api/groups");

        assertThat(groups.size()).isEqualTo(1);
        JsonNode group = groups.get(0);
        assertThat(group.path("chatId").asLong()).isEqualTo(PlaygroundGroups.OFFICE_GROUP).isNegative();
        assertThat(group.path("type").asText()).isEqualTo("supergroup");
        assertThat(group.path("title").asText()).isEqualTo("Grup Kecamatan Medan Marelan");
        List<Long> members = new ArrayList<>();
        group.path("members").forEach(m -> members.add(m.asLong()));
        assertThat(members).containsExactly(Personas.PEGAWAI, Personas.ATASAN, Personas.HR, Personas.CAMAT,
                Personas.VISITOR);
        JsonNode bot = getJson("/playground/api/bot");
        assertThat(bot.path("username").asText()).isEqualTo("kinerja_playground_bot");
        assertThat(bot.path("name").asText()).isEqualTo("KinerjaPlaygroundBot");
        assertThat(bot.path("link").asText()).isEqualTo("https://t.me/kinerja_playground_bot");
    }

    @Test
    void a_command_in_the_group_is_answered_there_with_a_button_to_the_private_chat_and_no_score() throws Exception {
        long group = PlaygroundGroups.OFFICE_GROUP;

        sendInGroup(group, Personas.PEGAWAI, "/skor");

        JsonNode reply = awaitBotMessageIn("/playground/api/groups/" + group + "/messages", m -> true);
        assertThat(reply.path("text").asText()).isEqualTo(
                "Perintah ini hanya dapat dipakai di chat pribadi dengan bot, agar data Anda tetap rahasia.");
        assertThat(reply.path("text").asText()).doesNotContain("Predikat", "Andi", "Nilai");
        assertThat(reply.path("senderName").asText()).isEqualTo("KinerjaPlaygroundBot");
        JsonNode keyboard = reply.path("keyboard");
        assertThat(keyboard.size()).isEqualTo(1);
        assertThat(keyboard.get(0).size()).isEqualTo(1);
        assertThat(keyboard.get(0).get(0).path("text").asText()).isEqualTo("Buka chat pribadi");
        assertThat(keyboard.get(0).get(0).path("url").asText()).isEqualTo("https://t.me/kinerja_playground_bot");
        assertThat(keyboard.get(0).get(0).path("callbackData").isNull()).isTrue();

        JsonNode mine = getJson("/playground/api/groups/" + group + "/messages").path("messages").get(0);
        assertThat(mine.path("fromBot").asBoolean()).isFalse();
        assertThat(mine.path("text").asText()).isEqualTo("/skor");
        assertThat(mine.path("senderId").asLong()).isEqualTo(Personas.PEGAWAI);
        assertThat(mine.path("senderName").asText()).isEqualTo("Andi Pratama Sembiring");
        assertThat(getJson("/playground/api/chats/" + Personas.PEGAWAI + "/messages").path("messages").size())
                .as("nothing goes to the private chat unasked").isZero();
        JsonNode update = userMessageUpdate(group);
        assertThat(update.path("chat").path("type").asText()).isEqualTo("supergroup");
        assertThat(update.path("chat").path("title").asText()).isEqualTo("Grup Kecamatan Medan Marelan");
        assertThat(update.path("from").path("id").asLong()).isEqualTo(Personas.PEGAWAI);
    }

    @Test
    void a_message_that_is_not_a_command_is_ignored_in_the_group() throws Exception {
        long group = PlaygroundGroups.OFFICE_GROUP;

        sendInGroup(group, Personas.ATASAN, "Selamat pagi, Bapak dan Ibu. Jangan lupa menilai kinerja tim.");
        sendInGroup(group, Personas.HR, "/admin");

        // one chat's updates are handled in order: once /admin is answered, the greeting has been handled
        awaitBotMessageIn("/playground/api/groups/" + group + "/messages", m -> true);
        List<JsonNode> bot = new ArrayList<>();
        JsonNode chat = getJson("/playground/api/groups/" + group + "/messages");
        chat.path("messages").forEach(m -> {
            if (m.path("fromBot").asBoolean()) {
                bot.add(m);
            }
        });
        assertThat(bot).hasSize(1);
        assertThat(bot.get(0).path("text").asText()).contains("chat pribadi").doesNotContain("Penilaian selesai");
        assertThat(chat.path("messages").size()).isEqualTo(3);
        assertThat(chat.path("messages").get(0).path("senderName").asText())
                .isEqualTo(DemoPeople.get(DemoPeople.SECTION_HEAD).name().split(",")[0]);
    }

    @Test
    void only_the_group_s_members_write_in_it_and_as_telegram_limits_it() throws Exception {
        long group = PlaygroundGroups.OFFICE_GROUP;
        String path = "/playground/api/groups/" + group + "/messages";

        HttpResponse<String> citizen = post(path, "{\"userId\":" + Personas.WARGA + ",\"text\":\"/skor\"}");
        HttpResponse<String> tooLong = post(path, JSON.writeValueAsString(java.util.Map.of("userId", Personas.PEGAWAI,
                "text", "a".repeat(4097))));
        HttpResponse<String> nobody = post(path, "{\"text\":\"/skor\"}");
        HttpResponse<String> noGroup = post("/playground/api/groups/-42/messages",
                "{\"userId\":" + Personas.PEGAWAI + ",\"text\":\"/skor\"}");

        assertThat(citizen.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(citizen.body()).path("error").asText()).contains("not a member");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).path("error").asText()).isEqualTo("text longer than 4096 characters");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(noGroup.statusCode()).isEqualTo(404);
        assertThat(getJson(path).path("messages").size()).isZero();
    }

    @Test
    void a_tap_in_the_group_goes_only_to_a_button_the_group_shows() throws Exception {
        long group = PlaygroundGroups.OFFICE_GROUP;
        sendInGroup(group, Personas.CAMAT, "/ikm");
        JsonNode reply = awaitBotMessageIn("/playground/api/groups/" + group + "/messages", m -> true);

        HttpResponse<String> refused = post("/playground/api/groups/" + group + "/taps",
                JSON.writeValueAsString(java.util.Map.of("userId", Personas.CAMAT,
                        "messageId", reply.path("messageId").asInt(), "callbackData", "score:chart")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asText()).contains("no button");
    }

    // ------------------------------------------------------------------ helpers

    private JsonNode persona(String role) throws Exception {
        for (JsonNode p : getJson("/playground/api/personas")) {
            if (p.path("role").asText().equals(role)) {
                return p;
            }
        }
        throw new AssertionError("no persona " + role);
    }

    private void send(long userId, String text) throws Exception {
        HttpResponse<String> answer = post("/playground/api/chats/" + userId + "/messages",
                JSON.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    private void sendInGroup(long group, long userId, String text) throws Exception {
        HttpResponse<String> answer = post("/playground/api/groups/" + group + "/messages",
                JSON.writeValueAsString(java.util.Map.of("userId", userId, "text", text)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
    }

    /** The last update the emulator queued for a user's message in that chat, as the bot received it. */
    private JsonNode userMessageUpdate(long chatId) {
        List<JsonNode> sent = emulator.userMessagesIn(chatId);
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private void tap(long userId, JsonNode message, String label) throws Exception {
        for (JsonNode row : message.path("keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().contains(label)) {
                    HttpResponse<String> answer = post("/playground/api/chats/" + userId + "/taps",
                            JSON.writeValueAsString(java.util.Map.of("messageId", message.path("messageId").asInt(),
                                    "callbackData", button.path("callbackData").asText())));
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
                    return;
                }
            }
        }
        throw new AssertionError("no button " + label + " on " + message);
    }

    private static boolean hasButton(JsonNode message, String label) {
        for (JsonNode row : message.path("keyboard")) {
            for (JsonNode button : row) {
                if (button.path("text").asText().equals(label)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<JsonNode> botMessages(long userId) throws Exception {
        List<JsonNode> bot = new ArrayList<>();
        getJson("/playground/api/chats/" + userId + "/messages").path("messages").forEach(m -> {
            if (m.path("fromBot").asBoolean() && !m.path("deleted").asBoolean()) {
                bot.add(m);
            }
        });
        return bot;
    }

    /** Long-polls the chat until a bot message matches. */
    private JsonNode awaitBotMessage(long userId, Predicate<JsonNode> condition) throws Exception {
        return awaitBotMessageIn("/playground/api/chats/" + userId + "/messages", condition);
    }

    /** Long-polls the chat (a persona's or a group's messages path) until a bot message matches. */
    private JsonNode awaitBotMessageIn(String messages, Predicate<JsonNode> condition) throws Exception {
        JsonNode[] found = new JsonNode[1];
        long[] version = {0};
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(1)).until(() -> {
            JsonNode chat = getJson(messages + "?since=" + version[0]);
            version[0] = chat.path("version").asLong();
            for (JsonNode m : chat.path("messages")) {
                if (m.path("fromBot").asBoolean() && !m.path("deleted").asBoolean() && condition.test(m)) {
                    found[0] = m;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private boolean awaitOptional(long userId, Predicate<JsonNode> condition, Duration timeout) throws Exception {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> botMessages(userId).stream()
                    .anyMatch(condition));
            return true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            return false;
        }
    }

    private HttpResponse<String> upload(long userId, String name, byte[] content) throws Exception {
        String boundary = "----playground" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri("/playground/api/chats/" + userId + "/documents"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(40))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private JsonNode postJson(String path, String body) throws Exception {
        HttpResponse<String> answer = post(path, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
