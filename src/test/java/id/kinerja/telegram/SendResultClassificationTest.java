package id.kinerja.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.outbox.SendResult;
import java.io.IOException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** How the TelegramBots client's exceptions are sorted: what may pass is retried, what cannot is not. */
class SendResultClassificationTest {

    @Test
    void an_answer_the_client_could_not_parse_error_code_0_is_a_passing_fault() {
        TelegramApiRequestException unreadable = new TelegramApiRequestException("Unable to deserialize response",
                new IOException("Unexpected character ('<')"));
        assertThat(unreadable.getErrorCode()).isZero();

        assertThat(TelegramOutboundChannel.classify(unreadable, "")).isInstanceOf(SendResult.Transient.class);
    }

    @Test
    void a_timeout_is_a_passing_fault() {
        TelegramApiException timeout = new TelegramApiException("Unable to execute sendMessage method",
                new SocketTimeoutException("timeout"));

        assertThat(TelegramOutboundChannel.classify(timeout, "")).isInstanceOf(SendResult.Transient.class);
    }
}
