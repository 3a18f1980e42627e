package id.kinerja.playground.emulator;

/**
 * A Bot API error answer ({@code ok=false}) with Telegram's code and description. {@code injected} marks faults a
 * test asked for (see {@link FaultInjection}).
 */
final class ApiError extends RuntimeException {
    final int code;
    final String description;
    final Integer retryAfter;
    final boolean injected;
    Request request;

    ApiError(int code, String description, Integer retryAfter, boolean injected) {
        super(description, null, false, false);
        this.code = code;
        this.description = description;
        this.retryAfter = retryAfter;
        this.injected = injected;
    }

    /** A refusal of the Bot API itself: no retry_after, not injected. */
    ApiError(int code, String description) {
        this(code, description, null, false);
    }

    ApiError with(Request r) {
        this.request = r;
        return this;
    }
}
