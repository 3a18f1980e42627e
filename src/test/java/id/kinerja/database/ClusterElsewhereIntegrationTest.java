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

/**
 * As root, a data directory the server's user (nobody) cannot enter, like a clone under /root: the cluster is kept
 * in a directory of nobody under a base directory ({@link ClusterLocation}); here a temporary one, not /var/lib.
 */
class ClusterElsewhereIntegrationTest {

    /** Stands in for /root: mode 0700, owned by root. */
    @TempDir
    Path privateHome;

    /** Holds the base directory, as / holds /var/lib: mode 0755. */
    @TempDir
    Path reachable;

    private Path base;
    private Path dataDir;
    private final List<EmbeddedPostgresServer> started = new ArrayList<>();

    @BeforeEach
    void onlyAsRoot() throws IOException {
        assumeTrue(RunAs.effectiveUid() == 0, "skipped: only as root does the embedded PostgreSQL run as nobody, "
                + "who may be unable to enter the data directory (run the tests as root to cover this)");
        Files.setPosixFilePermissions(privateHome, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(reachable, PosixFilePermissions.fromString("rwxr-xr-x"));
        base = reachable.resolve("var-lib/kinerja-bot");
        dataDir = privateHome.resolve("kinerja/data");
    }

    @AfterEach
    void stopServers() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
    }

    @Test
    void the_cluster_of_a_data_dir_nobody_cannot_enter_is_kept_in_a_directory_of_nobody_and_found_again() throws Exception {
        EmbeddedPostgresServer first = start(base);

        Path kept = base.resolve(ClusterLocation.directoryName(dataDir.toRealPath()));
        assertThat(kept.getFileName().toString()).matches("[0-9a-f]{12}-data");
        assertThat(first.clusterDirectory()).isEqualTo(kept.resolve("postgres"));
        assertThat(queryString(first, "SELECT 1")).isEqualTo("1");
        int nobody = nobodyUid();
        for (Path directory : List.of(kept, kept.resolve("postgres"))) {
            assertThat(Files.getAttribute(directory, "unix:uid", LinkOption.NOFOLLOW_LINKS)).as(directory.toString())
                .isEqualTo(nobody);
            assertThat(Files.getPosixFilePermissions(directory, LinkOption.NOFOLLOW_LINKS)).as(directory.toString())
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        }
        for (Path parent : List.of(base, base.getParent())) {
            assertThat(Files.getAttribute(parent, "unix:uid", LinkOption.NOFOLLOW_LINKS)).as(parent.toString())
                .isEqualTo(0);
            assertThat(Files.getPosixFilePermissions(parent, LinkOption.NOFOLLOW_LINKS)).as(parent.toString())
                .isEqualTo(PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        // what the application reads stays in the data directory; what the server writes moved with the cluster
        Path password = dataDir.resolve("postgres.password");
        assertThat(Files.readString(password).strip()).isEqualTo(first.password());
        assertThat(Files.getAttribute(password, "unix:uid", LinkOption.NOFOLLOW_LINKS)).isEqualTo(0);
        assertThat(Files.getPosixFilePermissions(password)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dataDir.resolve("postgres.owner"))).startsWith(ProcessHandle.current().pid() + " ");
        assertThat(kept.resolve("postgres.log")).isNotEmptyFile();
        assertThat(dataDir.resolve("postgres")).doesNotExist();
        assertThat(dataDir.resolve("postgres.log")).doesNotExist();
        try (var leftovers = Files.list(kept)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("postgres",
                    "postgres.log");
        }
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id int PRIMARY KEY, text varchar(100))");
            statement.execute("INSERT INTO note VALUES (1, 'kept elsewhere')");
        }
        first.close();
        assertThat(dataDir.resolve("postgres.owner")).doesNotExist();

        EmbeddedPostgresServer second = start(base);

        assertThat(second.ownsProcess()).isTrue();
        assertThat(second.clusterDirectory()).isEqualTo(kept.resolve("postgres"));
        assertThat(queryString(second, "SELECT text FROM note WHERE id = 1")).isEqualTo("kept elsewhere");
        EmbeddedPostgresServer attached = start(base);
        assertThat(attached.ownsProcess()).isFalse();
        assertThat(attached.port()).isEqualTo(second.port());
    }

    @Test
    void the_message_names_the_directory_nobody_cannot_enter() throws Exception {
        Files.createDirectories(dataDir);

        assertThat(ClusterLocation.blockingDirectory(dataDir.toRealPath(), RunAs.detect()))
            .isEqualTo(privateHome.toRealPath());
    }

    @Test
    void a_base_nobody_cannot_reach_either_fails_in_one_sentence_naming_the_fix() throws Exception {
        Path unreachableBase = privateHome.resolve("kinerja-bot");

        assertThatThrownBy(() -> start(unreachableBase))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("The bot runs as root, so PostgreSQL runs as 'nobody', who cannot enter " + dataDir
                    + ", and its cluster cannot be kept in " + unreachableBase.resolve(ClusterLocation.directoryName(dataDir.toRealPath()))
                    + " instead (nobody cannot write there either)")
            .hasMessageEndingWith(": set KINERJA_DATA_DIR to a directory the user nobody can reach, such as "
                    + "/var/lib/kinerja/data.");
        assertThat(dataDir.resolve("postgres")).doesNotExist();
    }

    @Test
    void a_base_that_cannot_be_created_fails_in_one_sentence_naming_the_fix() throws Exception {
        Path file = Files.writeString(reachable.resolve("a-file"), "not a directory\n");

        assertThatThrownBy(() -> start(file.resolve("kinerja-bot")))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("its cluster cannot be kept in " + file.resolve("kinerja-bot"))
            .hasMessageEndingWith("set KINERJA_DATA_DIR to a directory the user nobody can reach, such as "
                    + "/var/lib/kinerja/data.");
    }

    @Test
    void a_cluster_already_in_the_data_directory_is_not_replaced_when_nobody_can_no_longer_enter_it() throws Exception {
        Path shared = Files.createDirectories(reachable.resolve("clone/data"));
        Files.setPosixFilePermissions(shared.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedPostgresServer inPlace = EmbeddedPostgresServer.start(shared, true, base);
        assertThat(inPlace.clusterDirectory()).isEqualTo(shared.resolve("postgres"));
        inPlace.close();
        Files.setPosixFilePermissions(shared.getParent(), PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> EmbeddedPostgresServer.start(shared, true, base))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("'nobody' cannot access " + shared.resolve("postgres"))
            .hasMessageContaining("KINERJA_DATA_DIR");
        assertThat(base).doesNotExist();
    }

    private EmbeddedPostgresServer start(Path clusterBase) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, true, clusterBase);
        started.add(server);
        return server;
    }

    private static int nobodyUid() throws IOException {
        return Integer.parseInt(new String(new ProcessBuilder("id", "-u", "nobody").start().getInputStream()
            .readAllBytes(), StandardCharsets.UTF_8).strip());
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
