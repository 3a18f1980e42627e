package id.kinerja.outbox;

import java.time.Duration;

/** What became of one send through an {@link OutboundChannel}. */
public sealed interface SendResult {

    /** Delivered; the id of the (last) message Telegram created. */
    record Sent(int messageId) implements SendResult {}

    /** 429: try again after this long, and slow down. Not a failed attempt. */
    record RetryAfter(Duration delay) implements SendResult {}

    /** The chat cannot be reached (blocked, deactivated, chat not found): never retried. */
    record Unreachable(String reason) implements SendResult {}

    /**
     * Telegram (or something in front of it) answered with success but the answer could not be read: the
     * request was probably carried out, yet nothing confirms it. Not delivered; not sent again either, as the
     * Bot API has no idempotency key and a second send would most likely be a duplicate.
     */
    record Unconfirmed(String error) implements SendResult {}

    /** Server error (any 5xx, an unreadable error answer), timeout or network failure: retried with backoff. */
    record Transient(String error) implements SendResult {}

    /** Any other refusal (a 4xx about the request itself): retrying would not help. */
    record Rejected(String error) implements SendResult {}
}
