package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.e2e.EndToEndTest;
import id.kinerja.text.Keyboard;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher as the application runs it (shared end-to-end context, quiet hours off there): a queued
 * message goes out promptly. The behaviour in detail, quiet hours included, is in
 * {@link OutboxDispatcherIntegrationTest}.
 */
class OutboxEndToEndTest extends EndToEndTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void the_running_application_sends_what_is_queued_within_a_second() {
        telegram.registerUser(3001, "Siti", "id");

        boolean queued = new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .execute(status -> outbox.enqueue(new OutgoingMessage("TEST", "e2e:1", 3001, null, "Halo <b>Siti</b>",
                        Keyboard.NONE, null)));

        assertThat(queued).isTrue();
        assertThat(dispatcher.isRunning()).isTrue();
        assertThat(telegram.awaitMessageCount(3001, 1, Duration.ofSeconds(2)).plainText()).isEqualTo("Halo Siti");
        await().atMost(TIMEOUT).until(() -> "SENT".equals(status()));
    }

    private String status() {
        return jdbc.sql("select status from outbox_message where dedupe_key = 'e2e:1'").query(String.class).single();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
}
