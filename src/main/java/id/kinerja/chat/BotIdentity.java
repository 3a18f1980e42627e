package id.kinerja.chat;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The bot's own username, learnt from getMe at start (or configured), for t.me links. */
@Component
public class BotIdentity {

    private final AtomicReference<String> username = new AtomicReference<>();

    BotIdentity(@Value("${kinerja.telegram.bot-username:}") String configured) {
        if (configured != null && !configured.isBlank()) {
            username.set(configured.trim());
        }
    }

    public void learnt(String name) {
        if (name != null && !name.isBlank()) {
            username.set(name);
        }
    }

    /** {@code https://t.me/<bot>} with an optional /start payload. */
    public String privateChatLink(String startPayload) {
        String base = "https://t.me/" + (username.get() == null ? "" : username.get());
        return startPayload == null ? base : base + "?start=" + startPayload;
    }

    public String username() {
        return username.get();
    }
}
