package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.playground.emulator.ApiCall;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.employee.StandaloneEmployees;
import id.kinerja.support.Fixtures;
import id.kinerja.support.TestDatabase;
import id.kinerja.telegram.TelegramChannels;
import id.kinerja.text.Keyboard;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * The dispatcher with its real parts (PostgreSQL, the TelegramBots HTTP client, {@code TelegramOutboundChannel})
 * against its own Bot API emulator and its own database, with a clock the test moves and short backoffs. No
 * Spring context: the shared end-to-end context runs its own dispatcher on the shared database and emulator.
 */
class OutboxDispatcherIntegrationTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final OutboxProperties FAST = new OutboxProperties(true, 25, Duration.ofSeconds(1), 3,
            Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(10), 50, Duration.ofSeconds(2), 16);

    private static BotApiEmulator telegram;
    private static HikariDataSource dataSource;
    private static JdbcClient jdbc;
    private static OutboundChannel channel;

    private final MovableClock clock = new MovableClock();
    private OutboxQueue queue;
    private OutboxMetrics metrics;
    private OutboxDispatcher dispatcher;
    private Outbox outbox;
    private Fixtures fixtures;

    @BeforeAll
    static void infrastructure() throws Exception {
        telegram = BotApiEmulator.start();
        dataSource = ownDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        okhttp3.Dispatcher requests = new okhttp3.Dispatcher();
        requests.setMaxRequests(64);
        requests.setMaxRequestsPerHost(64);
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(requests).readTimeout(Duration.ofSeconds(5)).build();
        channel = TelegramChannels.over(new OkHttpTelegramClient(http, BotApiEmulator.TOKEN,
                new TelegramUrl("http", "127.0.0.1", telegram.port(), false)));
        // a cold JVM needs over a second for its first sends (class loading, connections): measure warm rates
        telegram.registerUser(1_000_000, "Warm-up", "id");
        for (int i = 0; i < 3; i++) {
            assertThat(channel.send(1_000_000, "warm-up", Keyboard.NONE)).isInstanceOf(SendResult.Sent.class);
        }
    }

    @AfterAll
    static void closeInfrastructure() {
        telegram.close();
        dataSource.close();
    }

    @BeforeEach
    void freshDispatcher() {
        fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        telegram.reset();
        clock.setLocal(LocalTime.of(10, 0));
        start(FAST);
    }

    @AfterEach
    void stopDispatcher() {
        dispatcher.stop();
    }

    private void start(OutboxProperties properties) {
        queue = new OutboxQueue(jdbc);
        metrics = new OutboxMetrics(queue, clock, new SimpleMeterRegistry());
        dispatcher = instance(properties, metrics);
        outbox = new Outbox(jdbc, clock, event -> dispatcher.nudge());
        dispatcher.start();
    }

    // ------------------------------------------------------------------ delivery

    @Test
    void every_queued_message_arrives_exactly_once_and_promptly() {
        for (long user = 1; user <= 20; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        long unit = fixtures.unit("Kecamatan Medan Baru");
        long employee = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        linkTo(employee, 1); // a personal message goes to the employee's linked chat
        Instant queued = Instant.now();
        for (long user = 1; user <= 20; user++) {
            queue("n:" + user, user, user == 1 ? employee : null, "Halo <b>" + user + "</b> &amp; salam",
                    Keyboard.of(Keyboard.Button.tap("Buka", "open:" + user)));
        }

        for (long user = 1; user <= 20; user++) {
            telegram.awaitMessageCount(user, 1, WAIT);
        }
        Duration took = Duration.between(queued, Instant.now());

        // the poll interval is 2 s: only the nudge on enqueue makes this fast
        assertThat(took).isLessThan(Duration.ofMillis(1500));
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 20);
        for (long user = 1; user <= 20; user++) {
            SentMessage message = telegram.lastMessageIn(user);
            assertThat(telegram.messageCount(user)).isEqualTo(1);
            assertThat(message.plainText()).isEqualTo("Halo " + user + " & salam");
            assertThat(message.keyboard().get(0).get(0).text()).isEqualTo("Buka");
        }
        assertThat(statuses()).containsOnlyKeys("SENT").containsEntry("SENT", 20L);
        assertThat(jdbc.sql("select count(*) from outbox_message where attempts = 1 and sent_at is not null"
                + " and telegram_message_id is not null").query(Long.class).single()).isEqualTo(20);
        assertThat(metrics.counts().sent()).isEqualTo(20);
        assertThat(telegram.rejectedCalls()).isEmpty();
    }

    @Test
    void a_long_text_goes_in_parts_with_the_keyboard_on_the_last() {
        telegram.registerUser(31, "Budi", "id");
        String paragraph = "Catatan kinerja. ".repeat(150);
        queue("long", 31, null, paragraph + "\n\n" + paragraph,
                Keyboard.of(Keyboard.Button.tap("OK", "ok")));

        telegram.awaitMessageCount(31, 2, WAIT);
        awaitStatus("long", "SENT");

        List<SentMessage> parts = telegram.messagesIn(31);
        assertThat(parts).hasSize(2);
        assertThat(parts.get(0).keyboard()).isEmpty();
        assertThat(parts.get(1).keyboard()).isNotEmpty();
        assertThat(row("long").get("telegram_message_id")).isEqualTo(parts.get(1).messageId());
    }

    @Test
    void a_long_text_failing_in_the_middle_is_retried_from_the_part_that_failed() {
        telegram.registerUser(33, "Budi", "id");
        String[] paragraphs = {"Satu. ".repeat(500), "Dua. ".repeat(600), "Tiga. ".repeat(600)};
        telegram.failAfter("sendMessage", 1, 1, 502, null); // part 1 goes through, part 2 fails once
        queue("long-retried", 33, null, String.join("\n\n", paragraphs), Keyboard.of(Keyboard.Button.tap("OK", "ok")));

        awaitStatus("long-retried", "SENT");

        List<SentMessage> parts = telegram.messagesIn(33);
        assertThat(parts).extracting(SentMessage::plainText).hasSize(3)
                .satisfiesExactly(first -> assertThat(first).startsWith("Satu."),
                        second -> assertThat(second).startsWith("Dua."),
                        third -> assertThat(third).startsWith("Tiga."));
        assertThat(parts.get(2).keyboard()).isNotEmpty();
        assertThat(row("long-retried")).containsEntry("attempts", 2).containsEntry("parts_sent", 2);
    }

    @Test
    void the_same_dedupe_key_is_queued_once() {
        telegram.registerUser(32, "Budi", "id");

        assertThat(queue("prompt:2026-11:42:2026-11-30", 32, null, "Satu", Keyboard.NONE)).isTrue();
        assertThat(queue("prompt:2026-11:42:2026-11-30", 32, null, "Dua", Keyboard.NONE)).isFalse();

        telegram.awaitMessageCount(32, 1, WAIT);
        await().during(Duration.ofMillis(1200)).atMost(WAIT).until(() -> telegram.messageCount(32) == 1);
        assertThat(telegram.lastMessageIn(32).plainText()).isEqualTo("Satu");
        assertThat(jdbc.sql("select count(*) from outbox_message").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void other_modules_ask_the_outbox_what_is_queued_and_sent_and_its_retention_removes_only_finished_messages() {
        telegram.registerUser(281, "Budi", "id");
        Instant later = clock.instant().plus(Duration.ofHours(1));
        outbox.enqueue(new OutgoingMessage("PEER_PROMPT", "peer-prompt:2026_11:7", 281, null, "Kirim", Keyboard.NONE,
                null));
        outbox.enqueue(new OutgoingMessage("PEER_PROMPT", "peer-prompt:2026X11:8", 281, null, "Nanti", Keyboard.NONE,
                later));
        outbox.enqueue(new OutgoingMessage("OTHER", "peer-prompt:2026_11:9", 281, null, "Nanti", Keyboard.NONE, later));
        awaitStatus("peer-prompt:2026_11:7", "SENT");

        assertThat(outbox.queuedKeys("PEER_PROMPT", "peer-prompt:2026_11:")).containsExactly("peer-prompt:2026_11:7");
        Instant queuedAt = clock.instant().minusSeconds(60);
        assertThat(outbox.queuedAndSentSince(List.of("PEER_PROMPT"), queuedAt)).isEqualTo(new Outbox.QueuedAndSent(2, 1));
        assertThat(outbox.queuedAndSentSince(List.of("PEER_PROMPT", "OTHER"), queuedAt))
                .isEqualTo(new Outbox.QueuedAndSent(3, 1));
        assertThat(outbox.queuedAndSentSince(List.of("PEER_PROMPT"), later)).isEqualTo(new Outbox.QueuedAndSent(0, 0));

        assertThat(outbox.deleteFinishedBefore(queuedAt)).isZero();
        assertThat(outbox.deleteFinishedBefore(clock.instant().plusSeconds(1))).isEqualTo(1);
        assertThat(statuses()).isEqualTo(Map.of("PENDING", 2L));
    }

    // ------------------------------------------------------------------ failures

    @Test
    void server_errors_are_retried_with_exponential_backoff_then_sent() {
        telegram.registerUser(41, "Budi", "id");
        telegram.failNext("sendmessage", 2, 500, null, null);

        queue("retry", 41, null, "Akhirnya", Keyboard.NONE);

        telegram.awaitMessageCount(41, 1, WAIT);
        awaitStatus("retry", "SENT");
        List<ApiCall> calls = telegram.calls("sendMessage");
        assertThat(calls).extracting(ApiCall::httpStatus).containsExactly(500, 500, 200);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(600));
        Map<String, Object> row = row("retry");
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).contains("500");
        assertThat(metrics.counts().retried()).isEqualTo(2);
    }

    @Test
    void a_bad_gateway_every_time_gives_up_after_max_attempts() {
        telegram.registerUser(42, "Budi", "id");
        telegram.failNext("sendmessage", 10, 502, null, null);

        queue("gateway", 42, null, "Tidak sampai", Keyboard.NONE);

        awaitStatus("gateway", "FAILED");
        await().during(Duration.ofMillis(1200)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 3);
        assertThat(row("gateway").get("attempts")).isEqualTo(3);
        assertThat((String) row("gateway").get("last_error")).contains("502", "Bad Gateway");
        assertThat(metrics.counts().failed()).isEqualTo(1);
    }

    @Test
    void a_network_failure_is_retried() {
        OutboundChannel nowhere = TelegramChannels.over(new OkHttpTelegramClient(
                new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(1)).build(), BotApiEmulator.TOKEN,
                new TelegramUrl("http", "127.0.0.1", 1, false)));

        SendResult result = nowhere.send(42, "Halo", Keyboard.NONE);

        assertThat(result).isInstanceOf(SendResult.Transient.class);
        assertThat(((SendResult.Transient) result).error()).containsIgnoringCase("connect");
    }

    @Test
    void a_timeout_is_a_transient_failure_that_is_retried() {
        OutboundChannel impatient = TelegramChannels.over(new OkHttpTelegramClient(
                new OkHttpClient.Builder().readTimeout(Duration.ofMillis(300)).build(), BotApiEmulator.TOKEN,
                new TelegramUrl("http", "127.0.0.1", telegram.port(), false)));
        telegram.registerUser(43, "Budi", "id");
        telegram.delayResponses(Duration.ofMillis(1500));
        try {
            SendResult result = impatient.send(43, "Halo", Keyboard.NONE);

            assertThat(result).isInstanceOf(SendResult.Transient.class);
            assertThat(((SendResult.Transient) result).error()).containsIgnoringCase("timeout");
        } finally {
            telegram.delayResponses(Duration.ZERO);
        }
    }

    @Test
    void a_429_is_honoured_by_every_send_and_is_not_an_attempt() {
        telegram.registerUser(51, "Budi", "id");
        telegram.registerUser(52, "Wati", "id");
        telegram.failNext("sendmessage", 1, 429, null, 1);

        queue("throttled", 51, null, "Pelan-pelan", Keyboard.NONE);
        await().atMost(WAIT).until(() -> telegram.tooManyRequestsServed() == 1);
        Instant refused = telegram.calls("sendMessage").get(0).at();
        queue("other", 52, null, "Saya juga menunggu", Keyboard.NONE);

        telegram.awaitMessageCount(51, 1, WAIT);
        telegram.awaitMessageCount(52, 1, WAIT);
        awaitStatus("throttled", "SENT");
        List<ApiCall> delivered = telegram.calls("sendMessage").stream().filter(ApiCall::ok).toList();
        assertThat(delivered).hasSize(2).allSatisfy(call ->
                assertThat(Duration.between(refused, call.at())).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(row("throttled").get("attempts")).isEqualTo(1);
        assertThat(metrics.counts().http429()).isEqualTo(1);
    }

    @Test
    void a_user_who_blocked_the_bot_is_marked_unreachable_and_not_retried() {
        telegram.registerUser(61, "Budi", "id");
        telegram.blockBy(61);
        long unit = fixtures.unit("Kecamatan Medan Baru");
        long employee = fixtures.employee("Budi Santoso", "Pengadministrasi", unit, null);
        linkTo(employee, 61);

        queue("blocked", 61, employee, "Halo", Keyboard.NONE);

        awaitStatus("blocked", "UNREACHABLE");
        await().during(Duration.ofMillis(1500)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 1);
        assertThat((String) row("blocked").get("last_error")).contains("403", "blocked");
        Map<String, Object> person = jdbc.sql("select unreachable_at, unreachable_reason from employee where id = ?")
                .param(employee).query().singleRow();
        assertThat(person.get("unreachable_at")).isNotNull();
        assertThat((String) person.get("unreachable_reason")).contains("blocked");
        assertThat(metrics.counts().unreachable()).isEqualTo(1);
    }

    @Test
    void an_unknown_chat_is_unreachable_and_a_bad_request_is_not_retried() {
        telegram.registerUser(71, "Budi", "id");

        queue("unknown", 999_999, null, "Halo", Keyboard.NONE);
        awaitStatus("unknown", "UNREACHABLE");
        telegram.failNext("sendmessage", 1, 400, "Bad Request: can't parse entities: unsupported tag", null);
        queue("rejected", 71, null, "Halo", Keyboard.NONE);
        awaitStatus("rejected", "FAILED");

        await().during(Duration.ofMillis(1500)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 2);
        assertThat((String) row("unknown").get("last_error")).contains("chat not found");
        assertThat(row("rejected").get("attempts")).isEqualTo(1);
    }

    @Test
    void a_queued_personal_message_follows_its_recipient_to_the_chat_linked_now_or_is_dropped_after_an_unlink() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        long budi = fixtures.employee("Budi Santoso", "Pengadministrasi", unit, null);
        for (long user = 271; user <= 273; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        linkTo(siti, 271);
        linkTo(budi, 273);
        dispatcher.stop();
        queue("follow:siti", 271, siti, "Untuk Siti", Keyboard.NONE);
        queue("follow:budi", 273, budi, "Untuk Budi", Keyboard.NONE);
        queue("follow:chat", 273, null, "Untuk chat 273", Keyboard.NONE); // not personal: stays with its chat

        linkTo(siti, 272); // Siti moves to a new phone
        jdbc.sql("update employee set telegram_user_id = null where id = ?").param(budi).update(); // Budi unlinks
        start(FAST);

        awaitStatus("follow:siti", "SENT");
        awaitStatus("follow:budi", "FAILED");
        awaitStatus("follow:chat", "SENT");
        assertThat(telegram.messageCount(272)).isEqualTo(1);
        assertThat(telegram.messageCount(271)).isZero();
        assertThat(telegram.messageCount(273)).isEqualTo(1);
        assertThat(((Number) row("follow:siti").get("chat_id")).longValue()).isEqualTo(272);
        assertThat((String) row("follow:budi").get("last_error")).contains("no longer linked");
        assertThat(row("follow:budi").get("attempts")).isEqualTo(0);
    }

    // ------------------------------------------------------------------ rate limits

    @Test
    void forty_chats_at_25_per_second_get_no_429() {
        telegram.enforceRateLimits(true);
        for (long user = 101; user <= 140; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        for (long user = 101; user <= 140; user++) {
            queue("burst:" + user, user, null, "Pengingat " + user, Keyboard.NONE);
        }

        for (long user = 101; user <= 140; user++) {
            telegram.awaitMessageCount(user, 1, WAIT);
        }
        await().atMost(WAIT).until(() -> telegram.calls("sendMessage").size() >= 40);

        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> telegram.calls("sendMessage").size() >= 40);
        List<ApiCall> calls = telegram.calls("sendMessage");
        assertThat(telegram.tooManyRequestsServed()).isZero();
        assertThat(calls).hasSize(40).allMatch(ApiCall::ok);
        assertThat(maxInAnySecond(calls)).isLessThanOrEqualTo(26);
        Duration span = Duration.between(calls.get(0).at(), calls.get(39).at());
        double rate = 39 / (span.toNanos() / 1e9);
        System.out.printf("outbox: 40 messages to 40 chats in %d ms = %.1f msg/s, max %d in any second%n",
                span.toMillis(), rate, maxInAnySecond(calls));
        assertThat(rate).isBetween(18.0, 26.5);
    }

    @Test
    void two_instances_share_one_send_rate_and_one_pause() {
        telegram.enforceRateLimits(true);
        for (long user = 141; user <= 200; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        OutboxDispatcher other = startAnotherInstance();
        try {
            for (long user = 141; user <= 200; user++) {
                queue("shared:" + user, user, null, "Pengingat " + user, Keyboard.NONE);
            }
            other.nudge();
            await().atMost(WAIT).until(() -> telegram.calls("sendMessage").size() >= 60);

            List<ApiCall> calls = telegram.calls("sendMessage");
            assertThat(calls).hasSize(60).allMatch(ApiCall::ok);
            assertThat(telegram.tooManyRequestsServed()).as("each at 25/s on its own would make 50/s").isZero();
            assertThat(maxInAnySecond(calls)).isLessThanOrEqualTo(26);
            assertThat(metrics.counts().sent()).as("this instance took part").isPositive();
            assertThat(other.isRunning()).isTrue();

            // a 429 seen by one instance pauses the other too
            telegram.failNext("sendMessage", 1, 429, null, 2);
            queue("after-429:141", 141, null, "Satu", Keyboard.NONE);
            await().atMost(WAIT).until(() -> telegram.tooManyRequestsServed() == 1);
            Instant throttledAt = Instant.now();
            for (long user = 142; user <= 145; user++) {
                queue("after-429:" + user, user, null, "Dua", Keyboard.NONE);
            }
            other.nudge();
            await().atMost(WAIT).until(() -> telegram.calls("sendMessage").stream().filter(ApiCall::ok).count() >= 65);
            assertThat(telegram.calls("sendMessage").stream().filter(ApiCall::ok).skip(60))
                    .as("no instance sent during the 2 s pause").allSatisfy(call ->
                            assertThat(call.at()).isAfter(throttledAt.plusMillis(1_500)));
        } finally {
            other.stop();
        }
    }

    @Test
    void a_claim_waits_while_another_instance_claims() throws Exception {
        telegram.registerUser(321, "User 321", "id");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(" + Claims.CLAIM_LOCK_CLASS + ", "
                        + Claims.CLAIM_LOCK_ID + ")"); // what another instance's claim holds until it commits
            }
            queue("claim-waits", 321, null, "Sesudah klaim lain", Keyboard.NONE);
            dispatcher.nudge();
            await().during(Duration.ofMillis(700)).atMost(WAIT).until(() -> telegram.messageCount(321) == 0);
            other.rollback();
        }
        assertThat(telegram.awaitMessageCount(321, 1, WAIT).plainText()).isEqualTo("Sesudah klaim lain");
    }

    @Test
    void two_instances_keep_one_message_per_chat_per_second() {
        telegram.enforceRateLimits(true);
        for (long user = 301; user <= 312; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        OutboxDispatcher other = startAnotherInstance();
        try {
            for (long user = 301; user <= 312; user++) {
                queue("first:" + user, user, null, "Pertama", Keyboard.NONE);
                queue("second:" + user, user, null, "Kedua", Keyboard.NONE);
            }
            other.nudge();
            for (long user = 301; user <= 312; user++) {
                telegram.awaitMessageCount(user, 2, WAIT);
            }

            assertThat(telegram.tooManyRequestsServed()).isZero();
            for (long user = 301; user <= 312; user++) {
                List<SentMessage> messages = telegram.messagesIn(user);
                assertThat(messages).extracting(SentMessage::plainText).containsExactly("Pertama", "Kedua");
                long[] at = telegram.messageNanos(user);
                assertThat((at[1] - at[0]) / 1_000_000).as("ms between the messages to %d", user)
                        .isGreaterThanOrEqualTo(950);
            }
        } finally {
            other.stop();
        }
    }

    @Test
    void messages_to_one_chat_are_at_least_a_second_apart_and_in_order() {
        telegram.enforceRateLimits(true);
        telegram.registerUser(151, "Budi", "id");
        for (int i = 1; i <= 3; i++) {
            queue("same:" + i, 151, null, "Pesan " + i, Keyboard.NONE);
        }

        telegram.awaitMessageCount(151, 3, WAIT);
        // the emulator records the call once its answer is written, just after the message itself
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> telegram.calls("sendMessage").size() >= 3);

        List<ApiCall> calls = telegram.calls("sendMessage");
        assertThat(telegram.tooManyRequestsServed()).isZero();
        assertThat(calls).hasSize(3);
        for (int i = 1; i < 3; i++) {
            assertThat(Duration.between(calls.get(i - 1).at(), calls.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(telegram.messagesIn(151)).extracting(SentMessage::plainText)
                .containsExactly("Pesan 1", "Pesan 2", "Pesan 3");
        System.out.printf("outbox: 3 messages to one chat, gaps %d ms and %d ms%n",
                Duration.between(calls.get(0).at(), calls.get(1).at()).toMillis(),
                Duration.between(calls.get(1).at(), calls.get(2).at()).toMillis());
    }

    // ------------------------------------------------------------------ time, crashes, shutdown

    @Test
    void nothing_is_sent_in_the_quiet_hours() {
        telegram.registerUser(161, "Budi", "id");
        clock.setLocal(LocalTime.of(20, 0));

        queue("night", 161, null, "Besok pagi", Keyboard.NONE);

        await().during(Duration.ofMillis(1500)).atMost(WAIT).until(() -> telegram.calls().isEmpty());
        assertThat(row("night").get("status")).isEqualTo("PENDING");

        clock.advanceToLocal(LocalTime.of(7, 0, 1)); // the next morning
        dispatcher.nudge();
        telegram.awaitMessageCount(161, 1, WAIT);
        awaitStatus("night", "SENT");
    }

    @Test
    void a_reply_the_outbox_took_over_is_sent_in_the_quiet_hours_too() {
        telegram.registerUser(162, "Budi", "id");
        clock.setLocal(LocalTime.of(20, 0));

        // the person asked something at 20:00 and Telegram did not take the answer at once: it is not held till 07:00
        outbox.enqueue(new OutgoingMessage("REPLY", "reply:night", 162, null, "Jawaban Anda", Keyboard.NONE, null));
        queue("prompt:night", 162, null, "Besok pagi", Keyboard.NONE);

        telegram.awaitMessageCount(162, 1, WAIT);
        awaitStatus("reply:night", "SENT");
        await().during(Duration.ofMillis(1500)).atMost(WAIT).until(() -> telegram.messageCount(162) == 1);
        assertThat(row("prompt:night").get("status")).isEqualTo("PENDING");
    }

    @Test
    void rows_of_a_crashed_instance_are_sent_once_when_their_lease_expires() {
        for (long user = 171; user <= 175; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        Instant now = clock.instant();
        for (long user = 171; user <= 174; user++) {
            insertSending("crashed:" + user, user, now.minusSeconds(5));
        }
        insertSending("alive", 175, now.plusSeconds(60)); // still leased by a live instance

        dispatcher.nudge();

        for (long user = 171; user <= 174; user++) {
            telegram.awaitMessageCount(user, 1, WAIT);
        }
        await().during(Duration.ofMillis(1000)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 4);
        assertThat(telegram.messageCount(175)).isZero();
        assertThat(statuses()).containsEntry("SENT", 4L).containsEntry("SENDING", 1L);

        clock.advance(Duration.ofSeconds(61));
        dispatcher.nudge();
        telegram.awaitMessageCount(175, 1, WAIT);
        awaitStatus("alive", "SENT");
    }

    @Test
    void a_row_that_was_in_flight_when_its_instance_died_is_never_sent_again() {
        for (long user = 181; user <= 183; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        Instant now = clock.instant();
        // the request had gone out, its outcome never came back
        insertSending("in-flight", 181, now.minusSeconds(5), now.minusSeconds(125));
        insertSending("claimed-only", 182, now.minusSeconds(5)); // leased, but never handed to Telegram
        // a live instance is sending it right now
        insertSending("in-flight-alive", 183, now.plusSeconds(60), now.minusSeconds(1));

        dispatcher.nudge();

        telegram.awaitMessageCount(182, 1, WAIT);
        awaitStatus("in-flight", "UNCONFIRMED");
        await().during(Duration.ofMillis(1000)).atMost(WAIT).until(() -> telegram.calls("sendMessage").size() == 1);
        assertThat(telegram.messageCount(181)).isZero();
        assertThat(row("in-flight").get("last_error")).asString().contains("may not have arrived");
        assertThat(row("in-flight-alive").get("status")).isEqualTo("SENDING");
        assertThat(metrics.counts().unconfirmed()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61)); // the live instance died too
        dispatcher.nudge();
        awaitStatus("in-flight-alive", "UNCONFIRMED");
        assertThat(telegram.messageCount(183)).isZero();
        assertThat(metrics.counts().unconfirmed()).isEqualTo(2);
    }

    @Test
    void a_row_whose_lease_ran_out_before_its_turn_is_not_sent_by_the_old_holder() {
        telegram.registerUser(191, "User 191", "id");
        insertSending("taken-over", 191, clock.instant().plusSeconds(60));
        // another instance re-leased the row after this holder's lease ran out
        ClaimedMessage stale = new ClaimedMessage(((Number) row("taken-over").get("id")).longValue(),
                191, null, "Tertunda taken-over", Keyboard.NONE, 0, 0, clock.instant().minusSeconds(1));

        assertThat(queue.attempting(stale, clock.instant())).isFalse();
        assertThat(row("taken-over").get("attempted_at")).isNull();
    }

    @Test
    void stopping_returns_unsent_rows_to_the_queue_and_loses_nothing() {
        for (long user = 201; user <= 260; user++) {
            telegram.registerUser(user, "User " + user, "id");
        }
        for (long user = 201; user <= 260; user++) {
            queue("stop:" + user, user, null, "Pesan " + user, Keyboard.NONE);
        }
        await().atMost(WAIT).until(() -> telegram.calls("sendMessage").size() >= 10);

        dispatcher.stop();

        int sentBeforeStop = telegram.calls("sendMessage").size();
        Map<String, Long> statuses = statuses();
        assertThat(statuses).doesNotContainKey("SENDING");
        assertThat(statuses.get("SENT")).isEqualTo(sentBeforeStop);
        assertThat(statuses.get("PENDING")).isEqualTo(60 - sentBeforeStop).isPositive();

        start(FAST);
        await().atMost(WAIT).until(() -> statuses().getOrDefault("SENT", 0L) == 60);
        for (long user = 201; user <= 260; user++) {
            assertThat(telegram.messageCount(user)).as("messages to %d", user).isEqualTo(1);
        }
    }

    // ------------------------------------------------------------------ helpers

    /** A second instance: its own dispatcher and stores on the same database, channel and clock. */
    private OutboxDispatcher startAnotherInstance() {
        OutboxDispatcher other = instance(FAST, new OutboxMetrics(new OutboxQueue(jdbc), clock,
                new SimpleMeterRegistry()));
        other.start();
        return other;
    }

    /** One instance's dispatcher with its own stores, wired as the application wires them. */
    private OutboxDispatcher instance(OutboxProperties properties, OutboxMetrics instanceMetrics) {
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        var employees = StandaloneEmployees.on(jdbc);
        return new OutboxDispatcher(new Claims(jdbc, transactions, new LinkedChats(jdbc, employees)),
                new OutboxQueue(jdbc), new OutcomeStore(jdbc, transactions, employees), new SendRate(jdbc), channel,
                properties, new CalendarProperties(null, null, null, null, null), clock, instanceMetrics);
    }

    private void linkTo(long employeeId, long telegramUserId) {
        jdbc.sql("update employee set telegram_user_id = ? where id = ?").params(telegramUserId, employeeId).update();
    }

    private boolean queue(String key, long chatId, Long employeeId, String html, Keyboard keyboard) {
        return outbox.enqueue(new OutgoingMessage("TEST", key, chatId, employeeId, html, keyboard, null));
    }

    private void insertSending(String key, long chatId, Instant leaseUntil) {
        insertSending(key, chatId, leaseUntil, null);
    }

    /** A row leased by some instance; with {@code attemptedAt}, one whose request had been handed to Telegram. */
    private void insertSending(String key, long chatId, Instant leaseUntil, Instant attemptedAt) {
        jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, html, status, not_before, lease_until,
                                                    attempted_at, created_at)
                        values (?, 'TEST', ?, ?, 'SENDING', ?, ?, ?, ?)""")
                .params(key, chatId, "Tertunda " + key, Timestamp.from(clock.instant().minusSeconds(120)),
                        Timestamp.from(leaseUntil), attemptedAt == null ? null : Timestamp.from(attemptedAt),
                        Timestamp.from(clock.instant().minusSeconds(120)))
                .update();
    }

    private Map<String, Object> row(String key) {
        return jdbc.sql("select * from outbox_message where dedupe_key = ?").param(key).query().singleRow();
    }

    private void awaitStatus(String key, String status) {
        await().atMost(WAIT).until(() -> status.equals(row(key).get("status")));
    }

    private Map<String, Long> statuses() {
        return jdbc.sql("select status, count(*) as n from outbox_message group by status").query().listOfRows()
                .stream().collect(Collectors.toMap(r -> (String) r.get("status"), r -> ((Number) r.get("n")).longValue()));
    }

    private static int maxInAnySecond(List<ApiCall> calls) {
        int max = 0;
        for (int i = 0; i < calls.size(); i++) {
            Instant end = calls.get(i).at().plusSeconds(1);
            int n = 0;
            for (int j = i; j < calls.size() && calls.get(j).at().isBefore(end); j++) {
                n++;
            }
            max = Math.max(max, n);
        }
        return max;
    }

    /** A fresh database beside the shared test database, so the end-to-end context's dispatcher never sees it. */
    private static HikariDataSource ownDatabase() throws Exception {
        String shared = TestDatabase.jdbcUrl();
        int query = shared.indexOf('?');
        String base = query < 0 ? shared : shared.substring(0, query);
        String suffix = query < 0 ? "" : shared.substring(query);
        String name = "kinerja_outbox_it";
        String url = base.substring(0, base.lastIndexOf('/') + 1) + name + suffix;
        Properties credentials = new Properties();
        credentials.setProperty("user", TestDatabase.username());
        credentials.setProperty("password", TestDatabase.password());
        try (Connection connection = DriverManager.getConnection(shared, credentials);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(credentials.getProperty("user"));
        dataSource.setPassword(credentials.getProperty("password"));
        dataSource.setMaximumPoolSize(8);
        return dataSource;
    }

    /** Real time shifted by an offset the test sets, so the dispatcher's decisions follow the test's calendar. */
    static final class MovableClock extends Clock {

        private volatile Duration offset = Duration.ZERO;

        void setLocal(LocalTime time) {
            Instant target = LocalDate.now(JAKARTA).atTime(time).atZone(JAKARTA).toInstant();
            offset = Duration.between(Instant.now(), target);
        }

        /** Moves forward to the next time the local clock shows {@code time}. */
        void advanceToLocal(LocalTime time) {
            java.time.ZonedDateTime now = instant().atZone(JAKARTA);
            java.time.ZonedDateTime target = now.with(time);
            if (!target.isAfter(now)) {
                target = target.plusDays(1);
            }
            advance(Duration.between(now, target));
        }

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
