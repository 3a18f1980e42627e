package id.kinerja.telegram;

/**
 * At start the bot could not introduce itself to Telegram: the token was rejected, or the Bot API could not be
 * reached at all. The message is the technical detail for the log; {@link TelegramFailureAnalyzer} turns it into
 * one sentence with the fix.
 */
public final class TelegramUnavailable extends IllegalStateException {

    /** Why Telegram could not be used. */
    public enum Reason { TOKEN_REJECTED, UNREACHABLE }

    private final Reason reason;
    private final String apiUrl;

    TelegramUnavailable(Reason reason, String apiUrl, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.apiUrl = apiUrl;
    }

    public Reason reason() {
        return reason;
    }

    /** The Bot API's address (TELEGRAM_API_URL), without the token. */
    public String apiUrl() {
        return apiUrl;
    }
}
