package id.kinerja.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PostmasterPidTest {

    @TempDir
    Path clusterDir;

    @Test
    void without_pid_file_no_server_runs() throws Exception {
        assertThat(PostmasterPid.runningServerPort(clusterDir)).isNull();
    }

    @Test
    void a_pid_file_of_a_live_process_that_is_not_postgres_is_stale_and_deleted() throws Exception {
        // after a reboot the pid may belong to an unrelated live process, e.g. this JVM
        Path pidFile = writePidFile(ProcessHandle.current().pid() + "\n" + clusterDir + "\n1700000000\n5432\n");

        assertThat(PostmasterPid.runningServerPort(clusterDir)).isNull();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void a_truncated_pid_file_is_stale_and_deleted() throws Exception {
        Path pidFile = writePidFile(ProcessHandle.current().pid() + "\n");

        assertThat(PostmasterPid.runningServerPort(clusterDir)).isNull();
        assertThat(pidFile).doesNotExist();
    }

    private Path writePidFile(String content) throws Exception {
        return Files.writeString(clusterDir.resolve("postmaster.pid"), content);
    }
}
