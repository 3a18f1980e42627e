package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.WebhookDelivery;
import id.kinerja.support.AppProcess;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook mode of one application process: it registers its webhook, Telegram (the emulator) posts updates to it,
 * and the endpoint lets through only posts with the secret, parses them, and handles each update_id once. (Going
 * back to polling, which removes the webhook, is in {@link PollingFaultsTest}.)
 */
class WebhookModeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String PATH = "/telegram/webhook";
    private static final String SECRET = "webhook-secret_" + Long.toHexString(System.nanoTime());
    private static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private static BotApiEmulator telegram;
    private static FreshDatabase database;
    private static JdbcClient jdbc;
    private static AppProcess app;

    @BeforeAll
    static void startInWebhookMode() {
        telegram = BotApiEmulator.start();
        database = FreshDatabase.create("rel_webhook");
        jdbc = database.jdbc();
        AppProcess.Builder builder = AppProcess.named("webhook").telegram(BotApiEmulator.TOKEN, telegram.baseUrl())
                .database(database.jdbcUrl(), database.username(), database.password());
        app = builder.webhook("http://127.0.0.1:" + builder.port() + PATH, SECRET).start()
                .awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopAll() {
        if (app != null) {
            app.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void at_start_it_sets_the_webhook_with_its_url_secret_and_the_update_kinds_it_handles() {
        assertThat(telegram.calls("setWebhook")).hasSize(1).first().satisfies(call -> {
            assertThat(call.ok()).isTrue();
            assertThat(call.params().path("url").asText()).isEqualTo(app.baseUrl() + PATH);
            assertThat(call.params().path("secret_token").asText()).isEqualTo(SECRET);
            assertThat(call.params().path("allowed_updates")).extracting(node -> node.asText())
                    .containsExactlyInAnyOrder("message", "callback_query", "channel_post");
        });
        assertThat(telegram.webhookUrl()).isEqualTo(app.baseUrl() + PATH);
        assertThat(telegram.calls("getUpdates")).as("no polling in webhook mode").isEmpty();
        assertThat(app.log()).as("an idle outbox is not an error").doesNotContain("Outbox dispatch failed");
    }

    @Test
    void an_update_posted_to_the_webhook_is_answered_and_acknowledged() {
        telegram.registerUser(5001, "Siti", "id");

        long update = telegram.sendText(5001, "/start");

        assertThat(telegram.awaitMessageCount(5001, 1, TIMEOUT).plainText()).contains("/tautkan");
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
        assertThat(deliveriesOf(update)).extracting(WebhookDelivery::status).containsExactly(200);
    }

    @Test
    void an_update_waits_while_another_transaction_handles_its_chat() throws Exception {
        telegram.registerUser(5010, "Dedi", "id");
        telegram.registerUser(5011, "Eka", "id");
        long waiting;
        try (Connection other = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            other.setAutoCommit(false);
            // what the handling of another update of chat 5010 holds until it commits (on this or another instance)
            try (Statement statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(5010)");
            }
            waiting = telegram.sendText(5010, "/start");
            await().atMost(TIMEOUT).until(() -> waitingForAdvisoryLock() == 1);

            assertThat(app.post(PATH, update(990_000_011L, 5011, "/start"), SECRET_HEADER, SECRET).statusCode())
                    .as("another chat goes on meanwhile").isEqualTo(200);
            assertThat(telegram.awaitMessageCount(5011, 1, TIMEOUT).plainText()).contains("/tautkan");
            await().during(Duration.ofMillis(700)).atMost(TIMEOUT).until(() -> telegram.messageCount(5010) == 0
                    && processed(waiting) == 0);
            other.rollback();
        }
        assertThat(telegram.awaitMessageCount(5010, 1, TIMEOUT).plainText()).contains("/tautkan");
        assertThat(processed(waiting)).isOne();
    }

    @Test
    void a_post_without_the_right_secret_is_refused_with_401_and_changes_nothing() {
        telegram.registerUser(5002, "Budi", "id");
        byte[] update = update(990_000_001L, 5002, "/start");

        assertThat(app.post(PATH, update).statusCode()).as("no secret").isEqualTo(401);
        assertThat(app.post(PATH, update, SECRET_HEADER, "wrong").statusCode()).as("wrong secret").isEqualTo(401);
        assertThat(app.post(PATH, update, SECRET_HEADER, SECRET + "x").statusCode()).as("longer secret")
                .isEqualTo(401);
        assertThat(app.post(PATH, update, SECRET_HEADER, "").statusCode()).as("empty secret").isEqualTo(401);

        assertThat(processed(990_000_001L)).isZero();
        assertThat(telegram.messageCount(5002)).isZero();
        // the same post with the secret is a good update: the refusals were about the secret alone
        assertThat(app.post(PATH, update, SECRET_HEADER, SECRET).statusCode()).isEqualTo(200);
        assertThat(processed(990_000_001L)).isOne();
        assertThat(telegram.awaitMessageCount(5002, 1, TIMEOUT).plainText()).contains("/tautkan");
    }

    @Test
    void telegram_retries_an_update_refused_for_a_wrong_secret_until_it_is_accepted() {
        telegram.registerUser(5003, "Cici", "id");
        URI endpoint = app.uri(PATH);
        telegram.deliverTo(List.of(endpoint), "not-the-secret");
        try {
            long update = telegram.sendText(5003, "/start");
            await().atMost(TIMEOUT).until(() -> deliveriesOf(update).size() >= 2);
            assertThat(deliveriesOf(update)).extracting(WebhookDelivery::status).containsOnly(401);
            assertThat(telegram.allUpdatesConfirmed()).isFalse();
            assertThat(telegram.messageCount(5003)).isZero();

            telegram.deliverTo(List.of(endpoint), SECRET);

            assertThat(telegram.awaitMessageCount(5003, 1, TIMEOUT).plainText()).contains("/tautkan");
            telegram.awaitAllUpdatesConfirmed(TIMEOUT);
            assertThat(deliveriesOf(update)).last().extracting(WebhookDelivery::status).isEqualTo(200);
        } finally {
            telegram.deliverTo(List.of(), null);
        }
    }

    @Test
    void the_same_update_id_delivered_twice_is_answered_once() {
        telegram.registerUser(5004, "Dewi", "id");
        long update = telegram.sendText(5004, "/start");
        telegram.awaitMessageCount(5004, 1, TIMEOUT);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        telegram.redeliver(update);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
        // a direct post of the same update as well, answered only after it was handled
        byte[] copy = update(update, 5004, "/start");
        assertThat(app.post(PATH, copy, SECRET_HEADER, SECRET).statusCode()).isEqualTo(200);

        assertThat(deliveriesOf(update)).extracting(WebhookDelivery::status).containsExactly(200, 200);
        assertThat(telegram.messageCount(5004)).isEqualTo(1);
        assertThat(processed(update)).isOne();
        assertThat(metric("kinerja_updates_seconds_count{kind=\"message\",outcome=\"duplicate\"")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_body_that_is_not_an_update_is_refused_with_400() {
        for (String body : List.of("{not json", "[1,2,3]", "{\"update_id\":\"many\"}", "")) {
            assertThat(app.post(PATH, body.getBytes(StandardCharsets.UTF_8), SECRET_HEADER, SECRET).statusCode())
                    .as("body %s", body).isEqualTo(400);
        }
        assertThat(app.isAlive()).isTrue();
        telegram.registerUser(5005, "Eka", "id");
        telegram.sendText(5005, "/start");
        assertThat(telegram.awaitMessageCount(5005, 1, TIMEOUT).plainText()).contains("/tautkan");
    }

    @Test
    void a_null_or_empty_update_is_refused_with_400() {
        for (String body : List.of("null", "{}", " ")) {
            assertThat(app.post(PATH, body.getBytes(StandardCharsets.UTF_8), SECRET_HEADER, SECRET).statusCode())
                    .as("body %s", body).isEqualTo(400);
        }
        assertThat(app.log()).doesNotContain("could not be handled");
    }

    @Test
    void the_secret_is_checked_before_the_body_is_read() throws Exception {
        // headers announcing 100 MB, and no body at all: the answer cannot wait for the body
        String response = rawPost("Content-Length: 100000000\r\n" + SECRET_HEADER + ": wrong\r\n", new byte[0], 0);

        assertThat(response).startsWith("HTTP/1.1 401");
    }

    @Test
    void a_body_over_one_megabyte_is_refused_with_413_without_being_read_and_the_instance_goes_on() throws Exception {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');

        String declared = rawPost("Content-Length: 300000000\r\n" + SECRET_HEADER + ": " + SECRET + "\r\n", chunk, 1);
        String chunked = rawPost("Transfer-Encoding: chunked\r\n" + SECRET_HEADER + ": " + SECRET + "\r\n",
                (Integer.toHexString(chunk.length) + "\r\n" + new String(chunk, StandardCharsets.US_ASCII) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII), 20);

        assertThat(declared).startsWith("HTTP/1.1 413");
        assertThat(chunked).startsWith("HTTP/1.1 413");
        assertThat(app.isAlive()).isTrue();
        assertThat(app.log()).doesNotContain("OutOfMemoryError");
        telegram.registerUser(5006, "Fajar", "id");
        telegram.sendText(5006, "/start");
        assertThat(telegram.awaitMessageCount(5006, 1, TIMEOUT).plainText()).contains("/tautkan");
    }

    /**
     * A POST written by hand: the headers, then {@code body} {@code times} times (and no end), then the status line
     * of the answer, read within 10 s.
     */
    private static String rawPost(String headers, byte[] body, int times) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", app.port())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" + headers
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int i = 0; i < times; i++) {
                    out.write(body);
                }
                out.flush();
            } catch (java.io.IOException e) {
                // the server may answer and close before taking everything
            }
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            return status == null ? "" : status;
        }
    }

    private static List<WebhookDelivery> deliveriesOf(long updateId) {
        return telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId).toList();
    }

    private static int waitingForAdvisoryLock() {
        return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                .query(Integer.class).single();
    }

    private static int processed(long updateId) {
        return jdbc.sql("select count(*) from processed_update where update_id = ?").param(updateId)
                .query(Integer.class).single();
    }

    private static double metric(String prefix) {
        return Prometheus.sum(app, prefix);
    }

    /** A Telegram update with a private text message, as Telegram posts it. */
    static byte[] update(long updateId, long userId, String text) {
        String json = """
                {"update_id":%d,"message":{"message_id":%d,"date":%d,"text":"%s",
                 "from":{"id":%d,"is_bot":false,"first_name":"Test","language_code":"id"},
                 "chat":{"id":%d,"type":"private","first_name":"Test"}}}"""
                .formatted(updateId, 1 + updateId % 100_000, System.currentTimeMillis() / 1000, text, userId, userId);
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
