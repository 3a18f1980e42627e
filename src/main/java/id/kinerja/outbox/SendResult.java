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

    /** Server error, timeout or network failure: retried with backoff. */
    record Transient(String error) implements SendResult {}

    /** Any other refusal (a 4xx about the request itself): retrying would not help. */
    record Rejected(String error) implements SendResult {}
}
