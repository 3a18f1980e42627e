package id.kinerja.chat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bot's own username, learnt from getMe (or configured), for t.me links. While it is unknown (getMe failed
 * at start), a link is asked for looks it up again, at most once per {@link #LOOKUP_INTERVAL}, and no link is
 * made without it: never a bare {@code https://t.me/}.
 */
@Component
public class BotIdentity {

    static final Duration LOOKUP_INTERVAL = Duration.ofSeconds(10);

    private final AtomicReference<String> username = new AtomicReference<>();
    private final AtomicReference<Supplier<String>> lookup = new AtomicReference<>();
    private final AtomicLong lastLookup = new AtomicLong();
    private final LongSupplier nanos;

    @Autowired
    BotIdentity(@Value("${kinerja.telegram.bot-username:}") String configured) {
        this(configured, System::nanoTime);
    }

    BotIdentity(String configured, LongSupplier nanos) {
        this.nanos = nanos;
        if (configured != null && !configured.isBlank()) {
            username.set(configured.trim());
        }
    }

    public void learnt(String name) {
        if (name != null && !name.isBlank()) {
            username.set(name);
        }
    }

    /** How to ask Telegram for the username (getMe) when it is still unknown; returns null when that fails. */
    public void lookUpWith(Supplier<String> getMe) {
        lookup.set(getMe);
    }

    /** {@code https://t.me/<bot>} with an optional /start payload; empty while the username is unknown. */
    public Optional<String> privateChatLink(String startPayload) {
        return Optional.ofNullable(username()).map(name -> "https://t.me/" + name
                + (startPayload == null ? "" : "?start=" + startPayload));
    }

    public String username() {
        String known = username.get();
        Supplier<String> getMe = lookup.get();
        if (known != null || getMe == null) {
            return known;
        }
        long now = nanos.getAsLong();
        long last = lastLookup.get();
        if (last != 0 && now - last < LOOKUP_INTERVAL.toNanos() || !lastLookup.compareAndSet(last, now == 0 ? 1 : now)) {
            return null;
        }
        learnt(getMe.get());
        return username.get();
    }
}
