package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.AppProcess;
import id.kinerja.support.TestDatabase;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The real bot started on a port another program holds: one clear sentence, no stack trace, a prompt exit. */
class StartupFailureProcessTest {

    @Test
    void a_port_in_use_is_one_sentence_and_the_process_exits_at_once() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AppProcess app = AppProcess.named("port-in-use")
                    .telegram("123456:TEST", "http://127.0.0.1:" + AppProcess.freePort())
                    .database(TestDatabase.jdbcUrl(), TestDatabase.username(), TestDatabase.password())
                    .port(taken.getLocalPort())
                    .start();
            try {
                OptionalInt exit = app.awaitExit(Duration.ofSeconds(60));
                String log = app.log();

                assertThat(exit).as(log).isPresent();
                assertThat(exit.getAsInt()).as(log).isNotZero();
                String sentence = "Port " + taken.getLocalPort() + " sudah dipakai program lain (mungkin bot ini sudah "
                        + "berjalan): hentikan program itu, atau jalankan bot dengan SERVER_PORT berisi port lain yang "
                        + "masih bebas.";
                List<String> lines = log.lines().toList();
                assertThat(lines).as(log).containsOnlyOnce(sentence);
                assertThat(log).as("no stack trace").doesNotContain("\tat org.", "\tat java.", "Caused by:",
                        "APPLICATION FAILED TO START");
            } finally {
                app.close();
            }
        }
    }
}
