package id.kinerja.employee;

import java.util.Locale;

/**
 * Why the bot cannot reach someone, read from the Bot API's refusal that was recorded (kept as Telegram wrote
 * it, for operators). HR sees the cause in their own language through {@link #textKey()}, never the raw text.
 */
public enum UnreachableCause {
    BLOCKED("bot was blocked"),
    NEVER_STARTED("can't initiate conversation"),
    DEACTIVATED("user is deactivated"),
    CHAT_NOT_FOUND("chat not found"),
    OTHER("");

    private final String marker;

    UnreachableCause(String marker) {
        this.marker = marker;
    }

    /** The cause of a recorded refusal; {@link #OTHER} for text this bot does not know (or none). */
    public static UnreachableCause of(String recordedReason) {
        String lower = recordedReason == null ? "" : recordedReason.toLowerCase(Locale.ROOT);
        for (UnreachableCause cause : values()) {
            if (!cause.marker.isEmpty() && lower.contains(cause.marker)) {
                return cause;
            }
        }
        return OTHER;
    }

    /** The bot-scripts key of the text HR reads. */
    public String textKey() {
        return "admin.unreachable_reason." + name().toLowerCase(Locale.ROOT);
    }
}
