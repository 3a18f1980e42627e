package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.e2e.EndToEndTest;
import id.kinerja.text.Keyboard;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher as the application runs it (shared end-to-end context, real clock): a queued message goes
 * out promptly, or, in the quiet hours, stays queued. The behaviour in detail is in
 * {@link OutboxDispatcherIntegrationTest}.
 */
class OutboxEndToEndTest extends EndToEndTest {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    CalendarProperties calendar;
    @Autowired
    Clock clock;

    @Test
    void the_running_application_sends_what_is_queued_unless_it_is_quiet() {
        telegram.registerUser(3001, "Siti", "id");
        boolean quiet = quietNow();

        boolean queued = new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .execute(status -> outbox.enqueue(new OutgoingMessage("TEST", "e2e:1", 3001, null, "Halo <b>Siti</b>",
                        Keyboard.NONE, null)));

        assertThat(queued).isTrue();
        assertThat(dispatcher.isRunning()).isTrue();
        if (quiet && quietNow()) {
            await().during(Duration.ofSeconds(1)).atMost(TIMEOUT).until(() -> telegram.messageCount(3001) == 0);
            assertThat(status()).isEqualTo("PENDING");
        } else if (!quiet) {
            assertThat(telegram.awaitMessageCount(3001, 1, Duration.ofSeconds(2)).plainText()).isEqualTo("Halo Siti");
            await().atMost(TIMEOUT).until(() -> "SENT".equals(status()));
        }
    }

    private boolean quietNow() {
        return calendar.isQuiet(LocalTime.now(clock.withZone(calendar.zone())));
    }

    private String status() {
        return jdbc.sql("select status from outbox_message where dedupe_key = 'e2e:1'").query(String.class).single();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
}
