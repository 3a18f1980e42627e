package id.kinerja.database;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cluster made by an earlier version lets anyone on this machine in ({@code trust}): while that still holds, the
 * superuser gets the password, pg_hba.conf is rewritten and the server reloads it; done once it refuses a
 * connection without password.
 */
final class TrustMigration {

    private static final Logger log = LoggerFactory.getLogger(TrustMigration.class);

    /** Opens a connection to the server's maintenance database with the given password. */
    interface Connector {
        Connection connect(String password) throws SQLException;
    }

    private TrustMigration() {}

    static void run(Path clusterDir, Path passwordFile, String superuser, String password, Connector server, RunAs runAs,
            long timeoutSeconds) {
        try (Connection connection = server.connect(""); Statement statement = connection.createStatement()) {
            statement.execute("SET password_encryption = 'scram-sha-256'");
            // a random base64url text: nothing in it needs quoting
            statement.execute("ALTER ROLE " + superuser + " PASSWORD '" + password + "'");
            PgHba.write(clusterDir, runAs);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException ex) {
            throw new IllegalStateException("Cannot move the embedded PostgreSQL in " + clusterDir
                    + " from trust to password authentication: " + ex.getMessage(), ex);
        }
        awaitPasswordRequired(clusterDir, server, timeoutSeconds);
        log.info("Embedded PostgreSQL in {} now requires the password in {}", clusterDir, passwordFile);
    }

    /** pg_reload_conf() only signals the postmaster: wait until a connection without password is refused. */
    private static void awaitPasswordRequired(Path clusterDir, Connector server, long timeoutSeconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (true) {
            try (Connection ignored = server.connect("")) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL in " + clusterDir + " still accepts connections "
                            + "without password after reloading " + PgHba.FILE);
                }
                Thread.sleep(50);
            } catch (SQLException ex) {
                return;
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for embedded PostgreSQL", ex);
            }
        }
    }
}
