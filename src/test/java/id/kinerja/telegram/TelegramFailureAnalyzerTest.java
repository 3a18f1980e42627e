package id.kinerja.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContextException;
import org.springframework.mock.env.MockEnvironment;

/** Telegram at start: a rejected token or no answer at all, as one sentence with the fix. */
class TelegramFailureAnalyzerTest {

    @Test
    void a_rejected_token_says_where_to_get_it_again() {
        Throwable failure = new ApplicationContextException("Failed to start bean 'longPolling'",
                new TelegramUnavailable(TelegramUnavailable.Reason.TOKEN_REJECTED, "https://api.telegram.org",
                        "Telegram rejected TELEGRAM_BOT_TOKEN (401)", null));

        FailureAnalysis analysis = new TelegramFailureAnalyzer(new MockEnvironment()).analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Telegram menolak TELEGRAM_BOT_TOKEN: salin lagi token dari "
                + "@BotFather (perintah /token), lalu jalankan lagi.");
    }

    @Test
    void an_unreachable_telegram_names_the_address_in_english_when_chosen() {
        Throwable failure = new ApplicationContextException("Failed to start bean 'longPolling'",
                new TelegramUnavailable(TelegramUnavailable.Reason.UNREACHABLE, "http://127.0.0.1:9",
                        "Telegram is not reachable", new java.net.ConnectException("Connection refused")));

        FailureAnalysis analysis = new TelegramFailureAnalyzer(new MockEnvironment()
                .withProperty("kinerja.cli.language", "en")).analyze(failure);

        assertThat(analysis.getDescription()).isEqualTo("Telegram cannot be reached at http://127.0.0.1:9: check this "
                + "server's internet connection, proxy or firewall, and TELEGRAM_API_URL if it is set, then start again.");
    }
}
