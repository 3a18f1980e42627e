package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.database.EmbeddedPostgresServer;
import id.kinerja.playground.emulator.ApiCall;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.support.AppProcess;
import id.kinerja.support.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * One application process in polling mode, on a PostgreSQL of its own (so the test can stop it) and an emulator of
 * its own: going back to polling after webhook mode, health and metrics, Bot API faults during polling, and the
 * database going away for ten seconds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PollingFaultsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static EmbeddedPostgresServer postgres;
    private static JdbcClient jdbc;
    private static BotApiEmulator telegram;
    private static AppProcess app;

    @BeforeAll
    static void start() {
        postgres = EmbeddedPostgresServer.start(TestDatabase.freshDirectory(), true);
        jdbc = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl(),
                postgres.username(), postgres.password()));
        telegram = BotApiEmulator.start();
        // as left behind by an earlier deployment in webhook mode
        setWebhook(telegram, "https://old-deployment.example.test/telegram/webhook");
        app = AppProcess.named("polling-faults").telegram(BotApiEmulator.TOKEN, telegram.baseUrl())
                .database(postgres.jdbcUrl(), postgres.username(), postgres.password()).polling()
                .property("management.endpoint.health.show-details", "always")
                .property("kinerja.telegram.health-check-interval", "300ms")
                // fail fast while the database is down instead of blocking 30 s per attempt
                .property("spring.datasource.hikari.connection-timeout", "3000")
                .property("kinerja.outbox.base-backoff", "500ms")
                .start().awaitHealthy(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stopAll() {
        if (app != null) {
            app.close();
        }
        if (telegram != null) {
            telegram.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(0)
    void started_in_polling_mode_after_webhook_mode_it_deletes_the_webhook_and_polls() {
        // (a long poll is recorded when it returns: an answered message shows that polling works)
        answered(9200);
        List<String> methods = telegram.calls().stream().map(ApiCall::method).toList();
        assertThat(methods).contains("deleteWebhook", "getUpdates");
        assertThat(methods.indexOf("deleteWebhook")).as("webhook deleted before the first getUpdates")
                .isLessThan(methods.indexOf("getUpdates"));
        assertThat(telegram.calls("deleteWebhook")).allMatch(ApiCall::ok);
        assertThat(telegram.webhookUrl()).isEmpty();
        assertThat(telegram.calls("getUpdates")).as("no getUpdates refused for a webhook")
                .noneMatch(call -> call.httpStatus() == 409);
    }

    @Test
    @Order(1)
    void health_shows_the_database_and_the_bot_api_up() throws Exception {
        JsonNode health = health();
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/telegram/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/telegram/details/bot").asText()).isEqualTo(BotApiEmulator.BOT_USERNAME);
    }

    @Test
    @Order(2)
    void health_shows_the_bot_api_down_while_getme_fails() {
        for (int code : new int[] {500, 401}) {
            telegram.failNext("getMe", 3, code, null, null);
            await().atMost(TIMEOUT).until(() -> "DOWN".equals(health().at("/components/telegram/status").asText()));
            JsonNode down = health();
            assertThat(down.path("status").asText()).as("overall status").isEqualTo("DOWN");
            assertThat(down.at("/components/db/status").asText()).isEqualTo("UP");
            // the three failing getMe answers are used up by the next checks: back up by itself
            await().atMost(TIMEOUT).until(() -> "UP".equals(health().at("/components/telegram/status").asText()));
        }
        assertThat(telegram.calls("getMe").stream().filter(call -> !call.ok()).map(ApiCall::httpStatus))
                .contains(500, 401);
    }

    @Test
    @Order(3)
    void prometheus_exposes_updates_by_kind_and_outcome_and_the_outbox() {
        telegram.registerUser(9201, "Rina", "id");
        telegram.sendText(9201, "/start");
        telegram.awaitMessageCount(9201, 1, TIMEOUT);
        queue("metrics:1", 9201, "Pesan dari outbox");
        telegram.awaitMessageCount(9201, 2, TIMEOUT);

        await().atMost(TIMEOUT).untilAsserted(() -> {
            String metrics = Prometheus.scrape(app);
            assertThat(metrics).contains("kinerja_updates_seconds_count{kind=\"message\",outcome=\"ok\"")
                    .contains("kinerja_updates_seconds_bucket{kind=\"message\",outcome=\"ok\"")
                    .contains("kinerja_outbox_sends_total{outcome=\"ok\"", "kinerja_outbox_sends_total{outcome=\"429\"",
                            "kinerja_outbox_sends_total{outcome=\"403\"", "kinerja_outbox_sends_total{outcome=\"error\"")
                    .contains("kinerja_outbox_depth ", "kinerja_outbox_oldest_age_seconds ");
            assertThat(Prometheus.sum(app, "kinerja_updates_seconds_count{kind=\"message\",outcome=\"ok\""))
                    .isGreaterThanOrEqualTo(1);
            assertThat(Prometheus.sum(app, "kinerja_outbox_sends_total{outcome=\"ok\"")).isEqualTo(1);
            assertThat(Prometheus.sum(app, "kinerja_outbox_depth ")).isZero();
        });
    }

    @Test
    @Order(4)
    void bot_api_errors_dropped_connections_and_slow_answers_do_not_stop_polling() {
        long user = 9210;

        telegram.failNext("getUpdates", 1, 502, null, null);
        telegram.failNext("getUpdates", 1, 500, null, null);
        answered(++user);

        telegram.failNext("getUpdates", 1, 429, null, 1);
        answered(++user);

        telegram.disconnectNext("getUpdates", 2);
        answered(++user);

        // a reply that fails is not retried (replies are sent once, after commit), but the next message is answered
        telegram.failNext("sendMessage", 1, 502, null, null);
        telegram.registerUser(++user, "Gagal", "id");
        telegram.sendText(user, "/start");
        await().atMost(TIMEOUT).until(() -> telegram.calls("sendMessage").stream().anyMatch(c -> c.httpStatus() == 502));
        answered(++user);

        telegram.disconnectNext("sendMessage", 1);
        telegram.registerUser(++user, "Putus", "id");
        telegram.sendText(user, "/start");
        await().atMost(TIMEOUT).until(() -> telegram.calls("sendMessage").stream().anyMatch(c -> c.httpStatus() == 0));
        answered(++user);

        // every answer but getUpdates' takes 2 s: the polling thread waits for each reply, and goes on
        telegram.delayResponses(Duration.ofSeconds(2));
        answered(++user);
        answered(++user);
        telegram.delayResponses(Duration.ZERO);
        answered(++user);

        // the outbox retries a failed send (5xx, no answer) until it goes through
        telegram.registerUser(++user, "Outbox", "id");
        telegram.failNext("sendMessage", 1, 500, null, null);
        telegram.disconnectNext("sendMessage", 1);
        queue("faults:1", user, "Pengingat");
        assertThat(telegram.awaitMessageCount(user, 1, TIMEOUT).plainText()).isEqualTo("Pengingat");
        assertThat(app.isAlive()).isTrue();
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
    }

    private static void answered(long user) {
        telegram.registerUser(user, "Pegawai " + user, "id");
        telegram.sendText(user, "/start");
        assertThat(telegram.awaitMessageCount(user, 1, TIMEOUT).plainText()).contains("/tautkan");
    }

    @Test
    @Order(5)
    void while_the_database_is_away_no_update_is_acknowledged_and_afterwards_each_is_answered_once() {
        long[] users = LongStream.rangeClosed(9301, 9305).toArray();
        for (long user : users) {
            telegram.registerUser(user, "Pegawai " + user, "id");
        }
        telegram.registerUser(9300, "Awal", "id");
        telegram.sendText(9300, "/start");
        telegram.awaitMessageCount(9300, 1, TIMEOUT);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        postgres.stopServer();
        Instant down = Instant.now();
        List<Long> updates = new ArrayList<>();
        for (long user : users) {
            updates.add(telegram.sendText(user, "/start"));
        }
        long firstUpdate = updates.get(0);

        await().atMost(TIMEOUT).until(() -> "DOWN".equals(health().at("/components/db/status").asText()));
        // for the rest of the ten seconds: nothing confirmed to Telegram, nothing answered
        Duration left = OUTAGE.minus(Duration.between(down, Instant.now()));
        left = left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
        await().during(left).atMost(left.plusSeconds(5)).until(() -> !telegram.allUpdatesConfirmed()
                && LongStream.of(users).allMatch(user -> telegram.messageCount(user) == 0));
        assertThat(telegram.calls("getUpdates").stream().filter(call -> call.at().isAfter(down))
                .mapToLong(call -> call.params().path("offset").asLong(0)))
                .as("no getUpdates offset confirmed an update sent during the outage")
                .allMatch(offset -> offset <= firstUpdate);

        postgres.restart();
        Instant up = Instant.now();
        Duration outage = Duration.between(down, up);
        for (long user : users) {
            // the real answer, not the apology for an update that failed
            assertThat(telegram.awaitMessageCount(user, 1, Duration.ofSeconds(30)).plainText()).contains("/tautkan");
        }
        Duration recovery = Duration.between(up, Instant.now());
        telegram.calls().stream().filter(call -> call.at().isAfter(down) && !call.method().equals("getMe"))
                .forEach(call -> System.out.printf("  %s %s offset=%s chat=%s -> %d%n", call.at(), call.method(),
                        call.params().path("offset").asText(""), call.params().path("chat_id").asText(""),
                        call.httpStatus()));
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        telegram.sendText(9300, "/start");
        telegram.awaitMessageCount(9300, 2, TIMEOUT);
        System.out.printf("database away for %d ms; all %d updates sent meanwhile answered %d ms after it was back%n",
                outage.toMillis(), users.length, recovery.toMillis());
        assertThat(app.isAlive()).isTrue();
        assertThat(Prometheus.sum(app, "kinerja_updates_seconds_count{kind=\"message\",outcome=\"error\""))
                .as("updates whose handling failed").isZero();
        for (long user : users) {
            assertThat(telegram.messageCount(user)).as("replies to %d", user).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from processed_update where update_id = any(?)")
                .param(updates.toArray(Long[]::new)).query(Integer.class).single()).isEqualTo(users.length);
        app.awaitHealthy(TIMEOUT);
    }

    private static void setWebhook(BotApiEmulator emulator, String url) {
        String body = "{\"url\":\"" + url + "\",\"secret_token\":\"old-secret\"}";
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(emulator.baseUrl() + "/bot" + emulator.token() + "/setWebhook"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(emulator.webhookUrl()).isEqualTo(url);
    }

    private static void queue(String key, long chatId, String html) {
        jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, html, not_before, created_at)
                        values (?, 'TEST', ?, ?, now(), now())""").params(key, chatId, html).update();
    }

    private static JsonNode health() {
        try {
            return JSON.readTree(app.health().orElseThrow(() -> new AssertionError("no answer on /actuator/health")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
