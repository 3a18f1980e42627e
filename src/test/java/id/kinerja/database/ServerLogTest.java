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
    void a_log_past_ten_megabytes_replaces_the_previous_one_and_an_empty_log_takes_its_place() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.writeString(dataDir.resolve("postgres.log.1"), "the older one, replaced\n");
        Files.write(dataDir.resolve("postgres.log"), new byte[(int) ServerLog.ROTATE_BYTES + 1]);

        log.prepareForStart();

        assertThat(Files.size(dataDir.resolve("postgres.log.1"))).isEqualTo(ServerLog.ROTATE_BYTES + 1);
        assertThat(dataDir.resolve("postgres.log")).isEmptyFile();
    }

    @Test
    void a_log_of_exactly_ten_megabytes_is_kept() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.write(log.file(), new byte[(int) ServerLog.ROTATE_BYTES]);

        log.prepareForStart();

        assertThat(log.size()).isEqualTo(ServerLog.ROTATE_BYTES);
        assertThat(dataDir.resolve("postgres.log.1")).doesNotExist();
    }

    @Test
    void a_missing_log_is_created() throws Exception {
        ServerLog log = ServerLog.in(dataDir);

        log.prepareForStart();

        assertThat(dataDir.resolve("postgres.log")).isEmptyFile();
        assertThat(ServerLog.ROTATE_BYTES).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void what_a_failed_start_wrote_is_read_from_the_size_before_it() throws Exception {
        ServerLog log = ServerLog.in(dataDir);
        Files.writeString(log.file(), "earlier start\n");
        long before = log.size();
        Files.writeString(log.file(), "earlier start\nFATAL: could not bind IPv4 address\n");

        assertThat(log.readFrom(before)).isEqualTo("FATAL: could not bind IPv4 address\n");
        assertThat(log.readFrom(before + 1000)).isEmpty();
        assertThat(ServerLog.in(dataDir.resolve("missing")).readFrom(0)).startsWith("(cannot read ");
    }
}
