package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedPostgresServerIntegrationTest {

    @TempDir
    Path dataDir;

    private final List<EmbeddedPostgresServer> started = new ArrayList<>();

    @BeforeEach
    void makeDataDirReachableByOthers() throws IOException {
        // JUnit creates @TempDir with mode 0700; as root, PostgreSQL runs as nobody and must reach it
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void stopServers() {
        // reverse order: attached instances first, owners last
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void dataSurvivesRestart() throws Exception {
        EmbeddedPostgresServer first = start();
        assertThat(first.ownsProcess()).isTrue();
        assertThat(first.clusterDirectory()).isEqualTo(dataDir.toAbsolutePath().resolve("postgres"));
        assertThat(first.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + first.port() + "/kinerja");
        assertThat(first.username()).isEqualTo("postgres");
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id int PRIMARY KEY, text varchar(100))");
            statement.execute("INSERT INTO note VALUES (1, 'persisted')");
        }
        first.close();
        assertThat(first.clusterDirectory().resolve("postmaster.pid")).doesNotExist();
        assertThatThrownBy(() -> connect(first).close()).isInstanceOf(SQLException.class);

        EmbeddedPostgresServer second = start();
        assertThat(second.ownsProcess()).isTrue();
        assertThat(queryString(second, "SELECT text FROM note WHERE id = 1")).isEqualTo("persisted");
    }

    @Test
    void aServerLogPastTenMegabytesIsSetAsideAtStart() throws Exception {
        Path log = dataDir.resolve("postgres.log");
        Files.writeString(dataDir.resolve("postgres.log.1"), "the older one, replaced\n");
        Files.write(log, new byte[(int) EmbeddedPostgresServer.LOG_ROTATE_BYTES + 1]);

        EmbeddedPostgresServer server = start();

        assertThat(Files.size(dataDir.resolve("postgres.log.1"))).isEqualTo(EmbeddedPostgresServer.LOG_ROTATE_BYTES + 1);
        assertThat(Files.size(log)).isPositive().isLessThan(100_000);
        assertThat(queryString(server, "SELECT 'up'")).isEqualTo("up");
    }

    @Test
    void aServerWhoseOwnerDiedIsTakenOverAndStoppedByTheNextProcess() throws Exception {
        EmbeddedPostgresServer orphaned = start();
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        // as if the process that started it had been killed with SIGKILL
        Files.writeString(dataDir.resolve("postgres.owner"), process.pid() + "\n");

        EmbeddedPostgresServer next = start();

        assertThat(next.ownsProcess()).isTrue();
        assertThat(next.port()).isEqualTo(orphaned.port());
        assertThat(Files.readString(dataDir.resolve("postgres.owner"))).startsWith(ProcessHandle.current().pid() + " ");
        next.close();
        assertThat(next.clusterDirectory().resolve("postmaster.pid")).doesNotExist();
        assertThat(dataDir.resolve("postgres.owner")).doesNotExist();
    }

    @Test
    void secondServerAttachesToRunningOneAndLeavesItRunning() throws Exception {
        EmbeddedPostgresServer owner = start();
        EmbeddedPostgresServer attached = start();

        assertThat(attached.ownsProcess()).isFalse();
        assertThat(attached.port()).isEqualTo(owner.port());
        assertThat(queryString(attached, "SELECT current_database()")).isEqualTo("kinerja");

        attached.close();
        assertThat(owner.clusterDirectory().resolve("postmaster.pid")).exists();
        assertThat(queryString(owner, "SELECT 'still up'")).isEqualTo("still up");

        owner.close();
        assertThatThrownBy(() -> connect(owner).close()).isInstanceOf(SQLException.class);
    }

    @Test
    void stalePidFileOfDeadProcessDoesNotPreventStart() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long deadPid = process.pid();
        assertThat(ProcessHandle.of(deadPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertStartsDespitePidFileNaming(deadPid);
    }

    @Test
    void stalePidFileNamingAReusedPidDoesNotPreventStart() throws Exception {
        // after a reboot the pid may belong to an unrelated live process, e.g. this JVM
        assertStartsDespitePidFileNaming(ProcessHandle.current().pid());
    }

    private void assertStartsDespitePidFileNaming(long stalePid) throws Exception {
        EmbeddedPostgresServer first = start();
        int firstPort = first.port();
        first.close();

        Path pidFile = first.clusterDirectory().resolve("postmaster.pid");
        Files.writeString(pidFile, stalePid + "\n" + first.clusterDirectory() + "\n1700000000\n" + firstPort
                + "\n\n127.0.0.1\n  5432001   12345\nready   \n", StandardCharsets.UTF_8);

        EmbeddedPostgresServer second = start();
        assertThat(second.ownsProcess()).isTrue();
        assertThat(Files.readAllLines(pidFile).get(0)).isNotEqualTo(Long.toString(stalePid));
        assertThat(queryString(second, "SELECT 'fresh'")).isEqualTo("fresh");
    }

    @Test
    void clusterIsOwnedByNobodyWhenRunningAsRoot() throws Exception {
        EmbeddedPostgresServer server = start();
        int myUid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        Object owner = Files.getAttribute(server.clusterDirectory(), "unix:uid", LinkOption.NOFOLLOW_LINKS);
        Object versionOwner = Files.getAttribute(server.clusterDirectory().resolve("PG_VERSION"), "unix:uid");
        if (myUid == 0) {
            int nobody = Integer.parseInt(new String(new ProcessBuilder("id", "-u", "nobody").start()
                .getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
            assertThat(owner).isEqualTo(nobody);
            assertThat(versionOwner).isEqualTo(nobody);
            assertThat(queryString(server, "SELECT current_user")).isEqualTo("postgres");
        }
        else {
            assertThat(owner).isEqualTo(myUid);
            assertThat(versionOwner).isEqualTo(myUid);
        }
    }

    @Test
    void asRootAnUnreachableDataDirFailsWithAClearMessage() throws Exception {
        assumeTrue(isRoot(), "only relevant when the JVM runs as root");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir.resolve("nested")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("'nobody' cannot access " + dataDir.resolve("nested/postgres"))
            .hasMessageContaining("KINERJA_DATA_DIR");
    }

    private static boolean isRoot() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid") == 0;
    }

    private EmbeddedPostgresServer start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        started.add(server);
        return server;
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), "");
    }

    private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
