package id.kinerja.outbox;

import id.kinerja.text.Keyboard;
import java.util.function.IntConsumer;

/** Where the outbox delivers messages: Telegram in production. Implementations never throw for API refusals. */
public interface OutboundChannel {

    /** Sends HTML text (split when longer than a message may be; the keyboard goes on the last part). */
    default SendResult send(long chatId, String html, Keyboard keyboard) {
        return send(chatId, html, keyboard, 0, accepted -> { });
    }

    /**
     * Sends the parts of the text from {@code partsAlreadySent} on (the first ones went out in an earlier
     * attempt); {@code partsAccepted} hears the number of parts accepted so far after each part but the last,
     * so a retry after a failure in the middle can go on from there.
     */
    SendResult send(long chatId, String html, Keyboard keyboard, int partsAlreadySent, IntConsumer partsAccepted);
}
