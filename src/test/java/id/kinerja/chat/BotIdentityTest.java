package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A t.me link is never made without the bot's username; a failed getMe is tried again when a link is needed. */
class BotIdentityTest {

    private final AtomicLong clock = new AtomicLong(1_000);

    @Test
    void without_a_username_there_is_no_link_never_a_bare_t_me() {
        BotIdentity identity = new BotIdentity("", clock::get);

        assertThat(identity.privateChatLink(null)).isEmpty();
        assertThat(identity.privateChatLink("abc")).isEmpty();
    }

    @Test
    void a_username_unknown_after_start_is_looked_up_again_but_not_on_every_link() {
        BotIdentity identity = new BotIdentity("", clock::get);
        AtomicInteger getMes = new AtomicInteger();
        String[] answer = {null}; // getMe fails at first
        identity.lookUpWith(() -> {
            getMes.incrementAndGet();
            return answer[0];
        });

        assertThat(identity.privateChatLink(null)).isEmpty();
        assertThat(identity.privateChatLink(null)).isEmpty();
        assertThat(getMes).as("at most one getMe per interval").hasValue(1);

        answer[0] = "kinerja_bot";
        clock.addAndGet(BotIdentity.LOOKUP_INTERVAL.toNanos());
        assertThat(identity.privateChatLink("go")).hasValue("https://t.me/kinerja_bot?start=go");
        assertThat(identity.privateChatLink(null)).hasValue("https://t.me/kinerja_bot");
        assertThat(getMes).hasValue(2);
    }

    @Test
    void a_configured_username_needs_no_lookup() {
        BotIdentity identity = new BotIdentity(" kinerja_bot ", clock::get);
        identity.lookUpWith(() -> {
            throw new AssertionError("no getMe needed");
        });

        assertThat(identity.privateChatLink(null)).hasValue("https://t.me/kinerja_bot");
    }
}
