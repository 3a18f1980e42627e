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
    void data_survives_restart() throws Exception {
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
    void a_server_log_past_ten_megabytes_is_set_aside_at_start() throws Exception {
        Path log = dataDir.resolve("postgres.log");
        Files.writeString(dataDir.resolve("postgres.log.1"), "the older one, replaced\n");
        Files.write(log, new byte[(int) ServerLog.ROTATE_BYTES + 1]);

        EmbeddedPostgresServer server = start();

        assertThat(Files.size(dataDir.resolve("postgres.log.1"))).isEqualTo(ServerLog.ROTATE_BYTES + 1);
        assertThat(Files.size(log)).isPositive().isLessThan(100_000);
        assertThat(queryString(server, "SELECT 'up'")).isEqualTo("up");
    }

    @Test
    void a_server_whose_owner_died_is_taken_over_and_stopped_by_the_next_process() throws Exception {
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
    void second_server_attaches_to_running_one_and_leaves_it_running() throws Exception {
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
    void stale_pid_file_of_dead_process_does_not_prevent_start() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        long deadPid = process.pid();
        assertThat(ProcessHandle.of(deadPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertStartsDespitePidFileNaming(deadPid);
    }

    @Test
    void stale_pid_file_naming_a_reused_pid_does_not_prevent_start() throws Exception {
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
    void cluster_is_owned_by_nobody_when_running_as_root() throws Exception {
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
    void a_connection_without_the_password_or_with_a_wrong_one_is_refused() throws Exception {
        EmbeddedPostgresServer server = start();

        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "").close())
            .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "wrong").close())
            .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl().replace("/kinerja", "/postgres"),
                server.username(), server.password() + "x").close())
            .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThat(queryString(server, "SELECT 'with the password'")).isEqualTo("with the password");
    }

    @Test
    void pg_hba_has_password_rules_only_and_no_trust() throws Exception {
        EmbeddedPostgresServer server = start();

        List<String> rules = Files.readAllLines(server.clusterDirectory().resolve("pg_hba.conf")).stream()
            .map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty()).toList();

        assertThat(rules).isNotEmpty().allMatch(rule -> rule.endsWith("scram-sha-256"))
            .noneMatch(rule -> rule.contains("trust"));
        assertThat(rules).anyMatch(rule -> rule.startsWith("local")).anyMatch(rule -> rule.startsWith("host"));
        assertThat(queryString(server, "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = 'postgres'"))
            .isEqualTo("t");
    }

    @Test
    void the_password_is_random_kept_in_the_data_directory_with_mode600_and_read_again_by_the_next_start() throws Exception {
        EmbeddedPostgresServer server = start();
        Path file = dataDir.resolve("postgres.password");

        assertThat(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(myUid());
        assertThat(Files.readString(file).strip()).isEqualTo(server.password()).matches("[A-Za-z0-9_-]{43}");
        assertThat(dataDir.resolve("postgres")).isDirectoryNotContaining(p -> p.getFileName().toString().contains("pwfile"));
        try (var leftovers = Files.list(dataDir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".initdb-"));
        }

        EmbeddedPostgresServer attached = start(); // what the command line does while the bot runs
        assertThat(attached.password()).isEqualTo(server.password());
        assertThat(queryString(attached, "SELECT 'attached'")).isEqualTo("attached");
        server.close();
        EmbeddedPostgresServer restarted = start();
        assertThat(queryString(restarted, "SELECT 'restarted'")).isEqualTo("restarted");
        assertThat(start().password()).isNotEqualTo(EmbeddedPostgresServer.start(dataDir.resolve("other")).password());
    }

    @Test
    void a_trust_cluster_of_an_earlier_version_is_moved_to_password_authentication_at_start() throws Exception {
        EmbeddedPostgresServer old = start();
        try (Connection connection = connect(old); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id int PRIMARY KEY, text varchar(100))");
            statement.execute("INSERT INTO note VALUES (1, 'kept')");
            statement.execute("ALTER ROLE postgres PASSWORD NULL");
        }
        // what initdb -A trust wrote for earlier versions, and no password file
        Path hba = old.clusterDirectory().resolve("pg_hba.conf");
        Files.writeString(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n"
                + "local replication all trust\n");
        old.close();
        Files.delete(dataDir.resolve("postgres.password"));
        EmbeddedPostgresServer trusting = start();
        trusting.close();
        started.remove(trusting);

        EmbeddedPostgresServer migrated = start();

        assertThat(Files.readString(hba)).doesNotContain("trust");
        assertThat(dataDir.resolve("postgres.password")).exists();
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("postgres.password")))
            .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> DriverManager.getConnection(migrated.jdbcUrl(), "postgres", "").close())
            .isInstanceOf(SQLException.class);
        assertThat(queryString(migrated, "SELECT text FROM note WHERE id = 1")).isEqualTo("kept");
    }

    @Test
    void a_trust_cluster_left_running_is_moved_to_password_authentication_when_attached() throws Exception {
        EmbeddedPostgresServer old = start();
        Path hba = old.clusterDirectory().resolve("pg_hba.conf");
        try (Connection connection = connect(old); Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE postgres PASSWORD NULL");
            Files.writeString(hba, "host all all 127.0.0.1/32 trust\n");
            statement.execute("SELECT pg_reload_conf()");
        }
        Files.delete(dataDir.resolve("postgres.password"));

        EmbeddedPostgresServer attached = start();

        assertThat(attached.port()).isEqualTo(old.port());
        assertThat(Files.readString(hba)).doesNotContain("trust");
        assertThatThrownBy(() -> DriverManager.getConnection(attached.jdbcUrl(), "postgres", "").close())
            .isInstanceOf(SQLException.class);
        assertThat(queryString(attached, "SELECT 'migrated'")).isEqualTo("migrated");
    }

    @Test
    void the_binaries_are_in_a_directory_of_this_user_that_no_one_else_can_write() throws Exception {
        EmbeddedPostgresServer server = start();
        Path installation = server.installation();

        for (Path directory : List.of(installation.getParent(), installation, installation.resolve("bin"))) {
            assertThat(Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)).as(directory.toString())
                .isEqualTo(myUid());
            assertThat(Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS)).as(directory.toString())
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.GROUP_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
        }
        assertThat(installation.getParent().getFileName().toString()).isEqualTo("kinerja-embedded-pg-" + myUid());
        assertThat(BinaryInstallation.isTrusted(installation, myUid())).isTrue();
    }

    @Test
    void a_copy_of_the_binaries_that_others_could_have_changed_is_not_trusted() throws Exception {
        Path copy = Files.createDirectories(dataDir.resolve("copy/bin"));
        Path postgres = Files.writeString(copy.resolve("postgres"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(BinaryInstallation.isTrusted(copy.getParent(), myUid())).isTrue();

        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(BinaryInstallation.isTrusted(copy.getParent(), myUid())).isFalse();

        Files.setPosixFilePermissions(postgres, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(BinaryInstallation.isTrusted(copy.getParent(), myUid())).isFalse();
        assertThat(BinaryInstallation.isTrusted(copy.getParent(), myUid() + 1)).isFalse();
    }

    private static int myUid() throws IOException {
        return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    }

    private EmbeddedPostgresServer start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        started.add(server);
        return server;
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    private static String queryString(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
