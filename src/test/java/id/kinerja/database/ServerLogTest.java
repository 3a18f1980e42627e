package id.kinerja.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServerLogTest {

    @TempDir
    Path dataDir;

    @Test
    void aLogPastTenMegabytesReplacesThePreviousOneAndAnEmptyLogTakesItsPlace() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.writeString(dataDir.resolve("postgres.log.1"), "the older one, replaced\n");
        Files.write(dataDir.resolve("postgres.log"), new byte[(int) ServerLog.ROTATE_BYTES + 1]);

        log.prepareForStart();

        assertThat(Files.size(dataDir.resolve("postgres.log.1"))).isEqualTo(ServerLog.ROTATE_BYTES + 1);
        assertThat(dataDir.resolve("postgres.log")).isEmptyFile();
    }

    @Test
    void aLogOfExactlyTenMegabytesIsKept() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.write(log.file(), new byte[(int) ServerLog.ROTATE_BYTES]);

        log.prepareForStart();

        assertThat(log.size()).isEqualTo(ServerLog.ROTATE_BYTES);
        assertThat(dataDir.resolve("postgres.log.1")).doesNotExist();
    }

    @Test
    void aMissingLogIsCreated() throws Exception {
        ServerLog log = ServerLog.in(dataDir);

        log.prepareForStart();

        assertThat(dataDir.resolve("postgres.log")).isEmptyFile();
        assertThat(ServerLog.ROTATE_BYTES).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void whatAFailedStartWroteIsReadFromTheSizeBeforeIt() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.writeString(log.file(), "earlier start\n");
        long before = log.size();
        Files.writeString(log.file(), "earlier start\nFATAL: could not bind IPv4 address\n");

        assertThat(log.readFrom(before)).isEqualTo("FATAL: could not bind IPv4 address\n");
        assertThat(log.readFrom(before + 1000)).isEmpty();
        assertThat(ServerLog.in(dataDir.resolve("missing")).readFrom(0)).startsWith("(cannot read ");
    }
}
