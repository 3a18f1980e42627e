package id.kinerja.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgCtlTest {

    private final PgCtl pgCtl = new PgCtl(Path.of("/pg/bin"), Path.of("/data/postgres"), null, 60);

    @Test
    void initdbMakesAScramClusterInUtf8WithLocaleCAndThePasswordFromTheFile() {
        assertThat(pgCtl.initdbCommand(Path.of("/data/.initdb-1/pwfile"))).containsExactly("/pg/bin/initdb", "-A",
                "scram-sha-256", "--pwfile=/data/.initdb-1/pwfile", "-U", "postgres", "-D", "/data/postgres", "-E",
                "UTF8", "--locale=C");
    }

    @Test
    void startListensOnTheLoopbackPortOnlyWithoutUnixSocketAndAppendsToTheServerLog() {
        assertThat(pgCtl.startCommand(54321, ServerLog.in(Path.of("/data")))).containsExactly("/pg/bin/pg_ctl", "-D",
                "/data/postgres", "-w", "-t", "60", "-o", "-p 54321 -h 127.0.0.1 -k ''", "-l", "/data/postgres.log",
                "start");
    }

    @Test
    void stopIsFastAndWaits() {
        assertThat(pgCtl.stopCommand()).containsExactly("/pg/bin/pg_ctl", "-D", "/data/postgres", "-m", "fast", "-w",
                "-t", "60", "stop");
    }
}
