package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.kinerja.playground.emulator.BotApiEmulator.CONFLICT_OTHER_POLL;
import static id.kinerja.playground.emulator.BotApiEmulator.CONFLICT_WEBHOOK;
import static id.kinerja.playground.emulator.JsonShapes.NODES;

/**
 * getUpdates (long polling, offsets confirming updates, a newer poll terminating an older one) and setWebhook,
 * deleteWebhook and getWebhookInfo. Called under the {@link EmulatorState} monitor.
 */
final class UpdateHandlers {

    private final EmulatorState state;
    private final WebhookDeliverer webhook;

    UpdateHandlers(EmulatorState state, WebhookDeliverer webhook) {
        this.state = state;
        this.webhook = webhook;
    }

    JsonNode getUpdates(ObjectNode p) {
        if (!state.webhookUrl.isEmpty()) {
            throw new ApiError(409, CONFLICT_WEBHOOK);
        }
        long offset = p.path("offset").asLong(0);
        int limit = (int) Math.max(1, Math.min(100, p.path("limit").asLong(100)));
        long timeoutMillis = Math.max(0, p.path("timeout").asLong(0)) * 1000L;
        if (p.has("allowed_updates")) {
            Set<String> allowed = new HashSet<>();
            p.get("allowed_updates").forEach(a -> allowed.add(a.asText()));
            state.allowedUpdates = allowed.isEmpty() ? null : allowed;
        }
        long generation = ++state.pollGeneration;
        state.notifyAll(); // terminates an older waiting getUpdates
        confirm(offset);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            if (state.pollGeneration != generation) {
                throw new ApiError(409, CONFLICT_OTHER_POLL);
            }
            List<UpdateEntry> deliverable = deliverable(offset, limit);
            long remaining = (deadline - System.nanoTime()) / 1_000_000L;
            if (!deliverable.isEmpty() || state.closed || remaining <= 0) {
                ArrayNode result = NODES.arrayNode();
                for (UpdateEntry u : deliverable) {
                    u.delivered = true;
                    result.add(u.json.deepCopy());
                }
                return result;
            }
            try {
                state.wait(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return NODES.arrayNode();
            }
        }
    }

    private void confirm(long offset) {
        if (offset < 0) {
            List<UpdateEntry> pending = state.updates.stream().filter(u -> !u.confirmed).toList();
            int keep = (int) Math.min(pending.size(), -offset);
            for (int i = 0; i < pending.size() - keep; i++) {
                pending.get(i).confirmed = true;
            }
            return;
        }
        for (UpdateEntry u : state.updates) {
            if (!u.confirmed && u.id < offset && (!u.forced || u.delivered)) {
                u.confirmed = true;
            }
        }
    }

    private List<UpdateEntry> deliverable(long offset, int limit) {
        List<UpdateEntry> out = new ArrayList<>();
        for (UpdateEntry u : state.updates) {
            if (u.confirmed || !(offset <= 0 || u.id >= offset || (u.forced && !u.delivered))) {
                continue;
            }
            if (!state.isAllowed(u)) {
                u.confirmed = true; // Telegram never delivers updates of types the bot did not ask for
                continue;
            }
            if (out.size() < limit) {
                out.add(u);
            }
        }
        return out;
    }

    JsonNode setWebhook(ObjectNode p) {
        String url = p.path("url").asText("");
        if (!url.isEmpty() && !url.startsWith("https://") && !isLoopbackHttp(url)) {
            throw new ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }
        String secret = p.path("secret_token").asText("");
        if (!secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ApiError(400, "Bad Request: secret token contains unallowed characters");
        }
        state.webhookUrl = url;
        state.webhookParams = p.deepCopy();
        if (p.has("allowed_updates")) {
            Set<String> allowed = new HashSet<>();
            p.get("allowed_updates").forEach(a -> allowed.add(a.asText()));
            state.allowedUpdates = allowed.isEmpty() ? null : allowed;
        }
        if (!url.isEmpty()) {
            webhook.startDelivery();
        }
        if (p.path("drop_pending_updates").asBoolean(false)) {
            state.updates.forEach(u -> u.confirmed = true);
        }
        state.notifyAll();
        return BooleanNode.TRUE;
    }

    JsonNode deleteWebhook(ObjectNode p) {
        state.webhookUrl = "";
        state.webhookParams = null;
        if (p.path("drop_pending_updates").asBoolean(false)) {
            state.updates.forEach(u -> u.confirmed = true);
        }
        return BooleanNode.TRUE;
    }

    JsonNode getWebhookInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("url", state.webhookUrl);
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", state.updates.stream().filter(u -> !u.confirmed).count());
        if (state.webhookParams != null) {
            if (state.webhookParams.has("max_connections")) {
                info.set("max_connections", state.webhookParams.get("max_connections"));
            }
            if (state.webhookParams.has("allowed_updates")) {
                info.set("allowed_updates", state.webhookParams.get("allowed_updates"));
            }
        }
        return info;
    }

    private static boolean isLoopbackHttp(String url) {
        // a test relaxation: Telegram wants HTTPS; a bot instance under test speaks plain HTTP on loopback
        return url.startsWith("http://127.0.0.1:") || url.startsWith("http://localhost:");
    }
}
