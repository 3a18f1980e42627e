package id.kinerja.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link EmbeddedPostgresServer#start(Path, boolean)} gets a server for a data directory, one process and one
 * thread at a time ({@code <dataDir>/.postgres.lock}): the cluster is looked for where {@link ClusterLocation} says
 * (the data directory, or a directory the server's user can reach when it cannot enter that); a live postmaster already serving the cluster is attached
 * to, or taken over when the process that owned it is gone ({@link ServerOwner}); otherwise the cluster is made if
 * needed ({@link NewCluster}) and started on a free port.
 */
final class ServerStartup {

    static final long TIMEOUT_SECONDS = 60;

    private static final Logger log = LoggerFactory.getLogger(ServerStartup.class);
    private static final Object START_LOCK = new Object();
    private static final int BIND_ATTEMPTS = 3;

    private final Path dataDir;
    private final Path installation;
    private final RunAs runAs;
    private final ClusterLocation location;
    private final PgCtl pgCtl;
    private final ServerLog serverLog;
    private final boolean registerShutdownHook;

    private ServerStartup(Path dataDir, Path installation, RunAs runAs, ClusterLocation location,
            boolean registerShutdownHook) {
        this.dataDir = dataDir;
        this.installation = installation;
        this.runAs = runAs;
        this.location = location;
        this.pgCtl = new PgCtl(installation.resolve("bin"), location.clusterDirectory(), runAs, TIMEOUT_SECONDS);
        this.serverLog = location.serverLog();
        this.registerShutdownHook = registerShutdownHook;
    }

    static EmbeddedPostgresServer start(Path dataDirectory, boolean registerShutdownHook, Path clusterBase) {
        Path dataDir = dataDirectory.toAbsolutePath().normalize();
        Path installation = BinaryInstallation.ensureExtracted();
        RunAs runAs = RunAs.detect();
        try {
            createWritable(dataDir);
            synchronized (START_LOCK) {
                try (FileChannel lockChannel = FileChannel.open(dataDir.resolve(".postgres.lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = lockChannel.lock()) {
                    ClusterLocation location = ClusterLocation.choose(dataDir, runAs, clusterBase);
                    return new ServerStartup(dataDir, installation, runAs, location, registerShutdownHook)
                        .startLocked();
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot prepare the embedded PostgreSQL data directory " + dataDir, ex);
        }
    }

    /** The data directory exists and this process may write in it, or {@link DataDirectoryUnusable} says why not. */
    private static void createWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        }
        catch (IOException ex) {
            throw new DataDirectoryUnusable(DataDirectoryUnusable.Reason.NOT_WRITABLE, dataDir,
                    "Cannot create the data directory " + dataDir + ": " + ex, ex);
        }
        if (!Files.isWritable(dataDir)) {
            throw new DataDirectoryUnusable(DataDirectoryUnusable.Reason.NOT_WRITABLE, dataDir,
                    "Cannot write in the data directory " + dataDir, null);
        }
    }

    private Path clusterDir() {
        return pgCtl.clusterDirectory();
    }

    private Path passwordFile() {
        return dataDir.resolve(ServerPassword.FILE);
    }

    private EmbeddedPostgresServer startLocked() throws IOException {
        Integer runningPort = PostmasterPid.runningServerPort(clusterDir());
        if (runningPort != null) {
            return attach(runningPort);
        }
        NewCluster cluster = new NewCluster(dataDir, location.serverDirectory(), pgCtl);
        cluster.prepareDirectory();
        serverLog.prepareForStart();
        runAs.prepare(installation, clusterDir(), serverLog.file());

        boolean created = !cluster.exists();
        boolean migrate = !created && PgHba.needsRewrite(clusterDir());
        String password = created ? cluster.create() : ServerPassword.forCluster(dataDir, migrate);

        Integer port = startOnFreePort();
        if (port == null) { // another process started the cluster between our checks
            return startLocked();
        }
        ServerConnections connections = new ServerConnections(clusterDir(), passwordFile(), port, password);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, installation, pgCtl, serverLog, connections, true,
                registerShutdownHook);
        ServerOwner.claim(dataDir);
        try {
            if (migrate) {
                connections.migrateToPassword(runAs, TIMEOUT_SECONDS);
            }
            connections.createApplicationDatabase();
        }
        catch (RuntimeException ex) {
            server.close();
            throw ex;
        }
        log.info("Embedded PostgreSQL started on {}:{} with data in {}{}", PgCtl.HOST, port, clusterDir(),
                created ? " (new cluster)" : "");
        return server;
    }

    /**
     * Attaches to the postmaster serving the cluster on {@code port}. One left running by a process that died
     * without stopping it (e.g. SIGKILL) is taken over: this one stops it when it ends.
     */
    private EmbeddedPostgresServer attach(int port) throws IOException {
        boolean adopt = !ServerOwner.isAlive(dataDir);
        boolean migrate = PgHba.needsRewrite(clusterDir());
        ServerConnections connections = new ServerConnections(clusterDir(), passwordFile(), port,
                ServerPassword.forCluster(dataDir, migrate));
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dataDir, installation, pgCtl, serverLog, connections, adopt,
                adopt && registerShutdownHook);
        connections.awaitConnectable(migrate ? "" : connections.password(), TIMEOUT_SECONDS);
        if (migrate) {
            connections.migrateToPassword(runAs, TIMEOUT_SECONDS);
        }
        connections.createApplicationDatabase();
        if (adopt) {
            ServerOwner.claim(dataDir);
            log.info("Took over the embedded PostgreSQL on {}:{} that a stopped process left running (data in {})",
                    PgCtl.HOST, port, clusterDir());
        }
        else {
            log.info("Attached to the already running embedded PostgreSQL on {}:{} (data in {})", PgCtl.HOST, port,
                    clusterDir());
        }
        return server;
    }

    /**
     * Starts the postmaster on a free port and returns it, trying another port when the chosen one was taken
     * meanwhile; null when another process started the cluster first.
     */
    private Integer startOnFreePort() throws IOException {
        for (int attempt = 1;; attempt++) {
            int candidate = freePort();
            long logSizeBefore = serverLog.size();
            Result result = pgCtl.start(candidate, serverLog);
            if (result.exitCode() == 0) {
                return candidate;
            }
            String logTail = serverLog.readFrom(logSizeBefore);
            if (PostmasterPid.runningServerPort(clusterDir()) != null) {
                return null;
            }
            if (attempt < BIND_ATTEMPTS && logTail.contains("could not bind")) {
                continue;
            }
            throw new IllegalStateException("pg_ctl start failed for " + clusterDir() + " (exit code "
                    + result.exitCode() + "):\n" + result.output() + "\n--- " + serverLog + " ---\n" + logTail);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(PgCtl.HOST))) {
            return socket.getLocalPort();
        }
    }
}
