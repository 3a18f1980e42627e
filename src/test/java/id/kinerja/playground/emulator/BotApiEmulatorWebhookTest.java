package id.kinerja.playground.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The emulator's webhook delivery, against two plain HTTP servers standing in for bot instances. */
class BotApiEmulatorWebhookTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private BotApiEmulator telegram;
    private Target first;
    private Target second;

    @BeforeEach
    void start() throws IOException {
        telegram = BotApiEmulator.start();
        telegram.webhookRetryDelay(Duration.ofMillis(20));
        telegram.registerUser(1, "Ani", "id");
        first = new Target();
        second = new Target();
    }

    @AfterEach
    void stop() {
        telegram.close();
        first.server.stop(0);
        second.server.stop(0);
    }

    @Test
    void updates_go_to_the_targets_in_turn_with_the_secret_and_are_confirmed_by_a_2xx() {
        telegram.deliverTo(List.of(first.uri(), second.uri()), "s3cret");

        long one = telegram.sendText(1, "satu");
        long two = telegram.sendText(1, "dua");
        long three = telegram.sendText(1, "tiga");
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(first.updateIds()).containsExactly(one, three);
        assertThat(second.updateIds()).containsExactly(two);
        assertThat(first.secrets).containsOnly("s3cret");
        assertThat(first.bodies.get(0).at("/message/text").asText()).isEqualTo("satu");
    }

    @Test
    void a_refused_update_is_tried_again_on_the_next_target() {
        first.status.set(503);
        telegram.deliverTo(List.of(first.uri(), second.uri()), "s3cret");

        long update = telegram.sendText(1, "halo");
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(telegram.webhookDeliveries()).extracting(WebhookDelivery::status).containsExactly(503, 200);
        assertThat(second.updateIds()).containsExactly(update);
    }

    @Test
    void redeliver_to_all_sends_the_same_update_to_every_target_at_once() {
        telegram.deliverTo(List.of(first.uri(), second.uri()), "s3cret");
        long update = telegram.sendText(1, "halo");
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(telegram.redeliverToAll(update)).containsExactly(200, 200);

        assertThat(first.updateIds()).containsExactly(update, update);
        assertThat(second.updateIds()).containsExactly(update);
    }

    @Test
    void set_webhook_starts_delivery_to_its_url_with_its_secret_and_get_updates_answers_409() throws Exception {
        var client = new org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient(BotApiEmulator.TOKEN,
                new org.telegram.telegrambots.meta.TelegramUrl("http", "127.0.0.1", telegram.port(), false));
        client.execute(org.telegram.telegrambots.meta.api.methods.updates.SetWebhook.builder()
                .url(first.uri().toString()).secretToken("from-setwebhook").build());

        long update = telegram.sendText(1, "halo");
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(first.updateIds()).containsExactly(update);
        assertThat(first.secrets).containsExactly("from-setwebhook");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> client.execute(
                org.telegram.telegrambots.meta.api.methods.updates.GetUpdates.builder().build())))
                .hasMessageContaining("409");
    }

    @Test
    void paused_delivery_keeps_updates_pending() {
        telegram.deliverTo(List.of(first.uri()), null);
        telegram.pauseWebhookDelivery(true);
        telegram.sendText(1, "halo");

        await().during(Duration.ofMillis(300)).atMost(TIMEOUT).until(() -> first.bodies.isEmpty());
        assertThat(telegram.allUpdatesConfirmed()).isFalse();

        telegram.pauseWebhookDelivery(false);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
        assertThat(first.bodies).hasSize(1);
        assertThat(first.secrets).containsExactly("(none)");
    }

    /** A bot instance's webhook endpoint that records what it gets and answers a chosen status. */
    private static final class Target {
        final HttpServer server;
        final List<JsonNode> bodies = new CopyOnWriteArrayList<>();
        final List<String> secrets = new CopyOnWriteArrayList<>();
        final AtomicInteger status = new AtomicInteger(200);

        Target() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/hook", exchange -> {
                try (exchange) {
                    int answer = status.get();
                    if (answer == 200) {
                        bodies.add(JSON.readTree(exchange.getRequestBody()));
                        String secret = exchange.getRequestHeaders().getFirst("X-Telegram-Bot-Api-Secret-Token");
                        secrets.add(secret == null ? "(none)" : secret);
                    }
                    exchange.sendResponseHeaders(answer, -1);
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
        }

        List<Long> updateIds() {
            return bodies.stream().map(body -> body.path("update_id").asLong()).toList();
        }
    }
}
