package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatSpacingTest {

    private static final long MS = 1_000_000L;
    private final ChatSpacing spacing = new ChatSpacing(Duration.ofSeconds(1));

    @Test
    void a_chat_never_used_may_go_now() {
        assertThat(spacing.waitNanos(42, 0)).isZero();
    }

    @Test
    void nothing_goes_to_a_chat_while_a_send_to_it_is_in_flight() {
        spacing.started(42);

        assertThat(spacing.waitNanos(42, 5_000 * MS)).isEqualTo(1_000 * MS);
        assertThat(spacing.waitNanos(43, 5_000 * MS)).isZero();
    }

    @Test
    void the_next_message_waits_one_interval_after_the_previous_send_finished() {
        spacing.started(42);
        spacing.finished(42, 100 * MS);

        assertThat(spacing.waitNanos(42, 100 * MS)).isEqualTo(1_000 * MS);
        assertThat(spacing.waitNanos(42, 700 * MS)).isEqualTo(400 * MS);
        assertThat(spacing.waitNanos(42, 1_100 * MS)).isZero();
        assertThat(spacing.waitNanos(7, 100 * MS)).isZero();
    }

    @Test
    void forgets_chats_whose_interval_is_over() {
        spacing.started(1);
        spacing.finished(1, 0);
        spacing.started(2);
        spacing.finished(2, 500 * MS);

        spacing.forgetExpired(1_200 * MS);

        assertThat(spacing.tracked()).isEqualTo(1);
        assertThat(spacing.waitNanos(2, 1_200 * MS)).isEqualTo(300 * MS);
    }
}
