package id.kinerja.outbox;

import id.kinerja.text.Keyboard;

/** Where the outbox delivers messages: Telegram in production. Implementations never throw for API refusals. */
public interface OutboundChannel {

    /** Sends HTML text (split when longer than a message may be; the keyboard goes on the last part). */
    SendResult send(long chatId, String html, Keyboard keyboard);
}
