package id.kinerja.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgCtlTest {

    private final PgCtl pgCtl = new PgCtl(Path.of("/pg/bin"), Path.of("/data/postgres"), null, 60);

    @Test
    void initdb_makes_a_scram_cluster_in_utf8_with_locale_c_and_the_password_from_the_file() {
        assertThat(pgCtl.initdbCommand(Path.of("/data/.initdb-1/pwfile"))).containsExactly("/pg/bin/initdb", "-A",
                "scram-sha-256", "--pwfile=/data/.initdb-1/pwfile", "-U", "postgres", "-D", "/data/postgres", "-E",
                "UTF8", "--locale=C");
    }

    @Test
    void start_listens_on_the_loopback_port_only_without_unix_socket_and_appends_to_the_server_log() {
        assertThat(pgCtl.startCommand(54321, ServerLog.in(Path.of("/data")))).containsExactly("/pg/bin/pg_ctl", "-D",
                "/data/postgres", "-w", "-t", "60", "-o", "-p 54321 -h 127.0.0.1 -k ''", "-l", "/data/postgres.log",
                "start");
    }

    @Test
    void stop_is_fast_and_waits() {
        assertThat(pgCtl.stopCommand()).containsExactly("/pg/bin/pg_ctl", "-D", "/data/postgres", "-m", "fast", "-w",
                "-t", "60", "stop");
    }
}
