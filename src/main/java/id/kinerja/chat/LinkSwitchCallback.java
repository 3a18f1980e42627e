package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code lsw:<nonce>:yes|no}: the answer to "switch this account to the other employee?". The code itself
 * stays in the conversation state, never in a button; the nonce names the latest question.
 */
record LinkSwitchCallback(String nonce, boolean yes) implements CallbackData {

    static final String PREFIX = "lsw";
    private static final Pattern DATA = Callbacks.pattern(PREFIX, "([0-9a-f]{16}):(yes|no)");

    @Override
    public String encode() {
        return Callbacks.join(PREFIX, nonce, yes ? "yes" : "no");
    }

    static Optional<LinkSwitchCallback> parse(String data) {
        return Callbacks.match(DATA, data).map(m -> new LinkSwitchCallback(m.group(1), m.group(2).equals("yes")));
    }
}
