package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/** {@code snz:<periodId>}: "remind me tomorrow" under a deadline prompt. */
record SnoozeCallback(long periodId) implements CallbackData {

    static final String PREFIX = "snz";
    private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

    @Override
    public String encode() {
        return Callbacks.join(PREFIX, periodId);
    }

    static Optional<SnoozeCallback> parse(String data) {
        return Callbacks.match(DATA, data).map(m -> new SnoozeCallback(Callbacks.id(m, 1)));
    }
}
