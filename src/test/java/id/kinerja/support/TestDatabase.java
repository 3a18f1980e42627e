package id.kinerja.support;

import id.kinerja.database.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One real PostgreSQL for the whole test JVM: the server named by {@code KINERJA_TEST_DATABASE_URL}
 * when given, otherwise an embedded one in a fresh temporary directory.
 */
public final class TestDatabase {

    private static EmbeddedPostgresServer server;

    private TestDatabase() {}

    public static synchronized String jdbcUrl() {
        String external = System.getenv("KINERJA_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (server == null) {
            server = EmbeddedPostgresServer.start(freshDirectory(), true);
        }
        return server.jdbcUrl();
    }

    private static Path dataDirectory;

    /** A temporary directory standing in for KINERJA_DATA_DIR in every test context. */
    public static synchronized Path dataDirectory() {
        if (dataDirectory == null) {
            dataDirectory = freshDirectory();
        }
        return dataDirectory;
    }

    public static String username() {
        String external = System.getenv("KINERJA_TEST_DATABASE_USERNAME");
        return external != null && !external.isBlank() ? external : "postgres";
    }

    /** The password of {@link #username()}: the embedded server's own, or KINERJA_TEST_DATABASE_PASSWORD. */
    public static synchronized String password() {
        String external = System.getenv("KINERJA_TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return System.getenv().getOrDefault("KINERJA_TEST_DATABASE_PASSWORD", "");
        }
        jdbcUrl();
        return server.password();
    }

    public static Path freshDirectory() {
        try {
            Path directory = Files.createTempDirectory("kinerja-test-");
            // readable by the unprivileged user the embedded server runs as when tests run as root
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
