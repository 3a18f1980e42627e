package id.kinerja.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ServerOwnerTest {

    @TempDir
    Path dataDir;

    @Test
    void the_claiming_process_is_alive_until_it_releases() {
        ServerOwner.claim(dataDir);

        assertThat(ServerOwner.isAlive(dataDir)).isTrue();
        ServerOwner.release(dataDir);
        assertThat(dataDir.resolve("postgres.owner")).doesNotExist();
        assertThat(ServerOwner.isAlive(dataDir)).isFalse();
    }

    @Test
    void the_claim_names_pid_and_start_time() throws Exception {
        ServerOwner.claim(dataDir);

        ProcessHandle self = ProcessHandle.current();
        assertThat(Files.readString(dataDir.resolve("postgres.owner")))
            .isEqualTo(self.pid() + " " + self.info().startInstant().orElseThrow() + "\n");
    }

    @Test
    void a_live_pid_with_another_start_time_is_a_reused_pid_not_the_owner() throws Exception {
        Files.writeString(dataDir.resolve("postgres.owner"), ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z\n");

        assertThat(ServerOwner.isAlive(dataDir)).isFalse();
    }

    @Test
    void a_live_pid_without_start_time_is_the_owner() throws Exception {
        Files.writeString(dataDir.resolve("postgres.owner"), ProcessHandle.current().pid() + "\n");

        assertThat(ServerOwner.isAlive(dataDir)).isTrue();
    }

    @Test
    void a_dead_pid_or_an_unreadable_file_is_no_owner() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        Files.writeString(dataDir.resolve("postgres.owner"), process.pid() + "\n");
        assertThat(ServerOwner.isAlive(dataDir)).isFalse();

        Files.writeString(dataDir.resolve("postgres.owner"), "not a pid\n");
        assertThat(ServerOwner.isAlive(dataDir)).isFalse();
    }
}
