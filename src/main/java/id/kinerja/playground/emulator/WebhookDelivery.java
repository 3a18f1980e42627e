package id.kinerja.playground.emulator;

import java.net.URI;
import java.time.Instant;

/**
 * One POST of an update to a webhook target. {@code status} is the HTTP status the target answered, or -1 when
 * it could not be reached (then {@code error} says why). {@code toAll} marks a copy sent by
 * {@link BotApiEmulator#redeliverToAll(long)}.
 */
public record WebhookDelivery(long updateId, URI target, int status, String error, boolean toAll, Instant at) {

    public boolean accepted() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "update " + updateId + " -> " + target + ": " + (status < 0 ? error : status) + (toAll ? " (to all)" : "");
    }
}
