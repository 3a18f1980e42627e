package id.kinerja.playground.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static id.kinerja.playground.emulator.JsonShapes.JSON;

/**
 * Telegram's webhook delivery: one thread POSTs pending updates to the targets of {@link BotApiEmulator#deliverTo}
 * (round robin) or to the bot's setWebhook URL, confirming an update on a 2xx answer and retrying it otherwise. Its
 * fields are guarded by the {@link EmulatorState} monitor.
 */
final class WebhookDeliverer {

    private final EmulatorState state;
    private List<URI> deliveryTargets = List.of();
    private String deliverySecret;
    private int nextTarget;
    private Duration webhookRetryDelay = Duration.ofMillis(250);
    private boolean deliveryPaused;
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private Thread deliveryThread;
    private HttpClient webhookClient;

    WebhookDeliverer(EmulatorState state) {
        this.state = state;
    }

    void deliverTo(List<URI> targets, String secret) {
        synchronized (state) {
            deliveryTargets = List.copyOf(targets);
            deliverySecret = secret;
            nextTarget = 0;
            state.notifyAll();
        }
        if (!targets.isEmpty()) {
            startDelivery();
        }
    }

    void retryDelay(Duration delay) {
        synchronized (state) {
            webhookRetryDelay = delay;
        }
    }

    void pause(boolean paused) {
        synchronized (state) {
            deliveryPaused = paused;
            state.notifyAll();
        }
    }

    List<WebhookDelivery> deliveries() {
        synchronized (state) {
            return List.copyOf(deliveries);
        }
    }

    List<Integer> redeliverToAll(long updateId) {
        List<URI> targets;
        String secret;
        byte[] body;
        synchronized (state) {
            targets = targetsNow();
            if (targets.isEmpty()) {
                throw new IllegalStateException("no webhook targets: call deliverTo or let the bot call setWebhook");
            }
            UpdateEntry original = state.update(updateId);
            secret = secretNow();
            try {
                body = JSON.writeValueAsBytes(original.json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        HttpClient client = webhookClient();
        List<CompletableFuture<WebhookDelivery>> posts = new ArrayList<>();
        for (URI target : targets) {
            posts.add(client.sendAsync(webhookPost(target, secret, body), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> response != null
                            ? new WebhookDelivery(updateId, target, response.statusCode(), null, true, Instant.now())
                            : new WebhookDelivery(updateId, target, -1, String.valueOf(failure), true, Instant.now())));
        }
        List<WebhookDelivery> done = posts.stream().map(CompletableFuture::join).toList();
        synchronized (state) {
            deliveries.addAll(done);
            state.notifyAll();
        }
        return done.stream().map(WebhookDelivery::status).toList();
    }

    private List<URI> targetsNow() {
        if (!deliveryTargets.isEmpty()) {
            return deliveryTargets;
        }
        return state.webhookUrl.isEmpty() ? List.of() : List.of(URI.create(state.webhookUrl));
    }

    private String secretNow() {
        if (!deliveryTargets.isEmpty()) {
            return deliverySecret;
        }
        String secret = state.webhookParams == null ? "" : state.webhookParams.path("secret_token").asText("");
        return secret.isEmpty() ? null : secret;
    }

    /** Starts the delivery thread once (the caller may hold the monitor). */
    void startDelivery() {
        synchronized (state) {
            if (deliveryThread != null || state.closed) {
                return;
            }
            deliveryThread = new Thread(this::deliverUpdates, "bot-api-webhook-delivery");
            deliveryThread.setDaemon(true);
            deliveryThread.start();
        }
    }

    private synchronized HttpClient webhookClient() {
        if (webhookClient == null) {
            webhookClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
        }
        return webhookClient;
    }

    private static HttpRequest webhookPost(URI target, String secret, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return request.build();
    }

    private void deliverUpdates() {
        HttpClient client = webhookClient();
        while (true) {
            UpdateEntry entry;
            URI target;
            String secret;
            byte[] body;
            synchronized (state) {
                while (true) {
                    if (state.closed) {
                        return;
                    }
                    List<URI> targets = targetsNow();
                    long now = System.nanoTime();
                    long waitMillis = 1000;
                    entry = null;
                    if (!targets.isEmpty() && !deliveryPaused) {
                        for (UpdateEntry u : state.updates) {
                            if (u.confirmed) {
                                continue;
                            }
                            if (!state.isAllowed(u)) {
                                u.confirmed = true; // Telegram never delivers updates of types the bot did not ask for
                                continue;
                            }
                            long untilDue = u.backingOff ? u.retryAtNanos - now : 0;
                            if (untilDue <= 0) {
                                entry = u;
                                break;
                            }
                            waitMillis = Math.min(waitMillis, Math.max(1, untilDue / 1_000_000L));
                        }
                    }
                    if (entry != null) {
                        target = targets.get(Math.floorMod(nextTarget++, targets.size()));
                        secret = secretNow();
                        try {
                            body = JSON.writeValueAsBytes(entry.json);
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        }
                        break;
                    }
                    try {
                        state.wait(waitMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            WebhookDelivery delivery;
            try {
                HttpResponse<Void> response = client.send(webhookPost(target, secret, body),
                        HttpResponse.BodyHandlers.discarding());
                delivery = new WebhookDelivery(entry.id, target, response.statusCode(), null, false, Instant.now());
            } catch (IOException e) {
                delivery = new WebhookDelivery(entry.id, target, -1, e.toString(), false, Instant.now());
            } catch (InterruptedException e) {
                return;
            }
            synchronized (state) {
                deliveries.add(delivery);
                if (delivery.accepted()) {
                    entry.delivered = true;
                    entry.confirmed = true;
                    entry.backingOff = false;
                } else {
                    entry.backingOff = true;
                    entry.retryAtNanos = System.nanoTime() + webhookRetryDelay.toNanos();
                }
                state.notifyAll();
            }
        }
    }

    /** Stops the delivery thread; the emulator is closed already. */
    void stop() {
        Thread delivery;
        synchronized (state) {
            delivery = deliveryThread;
        }
        if (delivery != null) {
            delivery.interrupt();
        }
    }

    /** Resumes delivery and forgets the deliveries so far; holds the monitor. */
    void reset() {
        deliveryPaused = false;
        deliveries.clear();
    }

    /** Also forgets the targets of deliverTo; holds the monitor. */
    void resetAll() {
        deliveryTargets = List.of();
        deliverySecret = null;
    }
}
