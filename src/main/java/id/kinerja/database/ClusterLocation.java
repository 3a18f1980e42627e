package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the server of a data directory keeps what it reads and writes itself: the cluster ({@code postgres/}) and
 * its log ({@code postgres.log}). Normally that is the data directory. When this JVM is root the server runs as
 * {@code nobody} ({@link RunAs}); if nobody cannot enter the data directory (a clone under {@code /root}, mode 0700),
 * they are kept in {@code <base>/<hash>-<last segment>/} instead, a directory of nobody with mode 0700, the base
 * being {@code /var/lib/kinerja-bot} (system property {@value #BASE_PROPERTY}). The name is derived from the data
 * directory's real path, so every start finds the same cluster; a cluster found in either place is used where it
 * is. The password, the owner file and the start lock stay in the data directory: the application reads them, not
 * the server.
 *
 * @param serverDirectory the directory holding {@code postgres/} and {@code postgres.log}
 * @param elsewhere whether that is not the data directory
 */
record ClusterLocation(Path serverDirectory, boolean elsewhere) {

    /** System property naming the directory under which clusters of unreachable data directories are kept. */
    static final String BASE_PROPERTY = "kinerja.database.cluster-base";
    static final String DEFAULT_BASE = "/var/lib/kinerja-bot";
    static final String CLUSTER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(ClusterLocation.class);
    private static final int SEGMENT_LIMIT = 40;

    Path clusterDirectory() {
        return serverDirectory.resolve(CLUSTER);
    }

    ServerLog serverLog() {
        return ServerLog.in(serverDirectory);
    }

    /** The base from {@value #BASE_PROPERTY}, {@value #DEFAULT_BASE} if unset. */
    static Path configuredBase() {
        String base = System.getProperty(BASE_PROPERTY);
        return Path.of(base == null || base.isBlank() ? DEFAULT_BASE : base);
    }

    /**
     * The directory name for a data directory's cluster kept elsewhere: the first 12 hex digits of the SHA-256 of
     * its path, a dash and its last segment (characters other than letters, digits, '.', '_' and '-' replaced by
     * '_', at most 40), e.g. {@code bbeb20a08994-data} for {@code /root/kinerja/data}.
     */
    static String directoryName(Path dataDir) {
        String path = dataDir.toString();
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
        Path last = dataDir.getFileName();
        String segment = last == null ? "root" : last.toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return hash + "-" + segment.substring(0, Math.min(segment.length(), SEGMENT_LIMIT));
    }

    /**
     * Where the server of {@code dataDir} (an existing absolute directory) keeps its cluster; creates the directory
     * elsewhere under {@code base} when it is needed.
     */
    static ClusterLocation choose(Path dataDir, RunAs runAs, Path base) throws IOException {
        ClusterLocation inPlace = new ClusterLocation(dataDir, false);
        if (!runAs.switchesUser() || holdsCluster(inPlace)) {
            return inPlace; // an existing cluster is never replaced by a new one elsewhere
        }
        Path realDataDir = dataDir.toRealPath();
        ClusterLocation other = new ClusterLocation(base.toAbsolutePath().normalize()
                .resolve(directoryName(realDataDir)), true);
        boolean reachable = runAs.canEnter(dataDir);
        if (holdsCluster(other)) {
            log.info("The database cluster of {} is kept in {}{}", dataDir, other.serverDirectory(), reachable
                    ? " (made there when " + RunAs.UNPRIVILEGED_USER + " could not enter the data directory)"
                    : " because " + RunAs.UNPRIVILEGED_USER + " cannot enter " + blockingDirectory(realDataDir, runAs));
            other.prepareOwnedBy(runAs, dataDir);
            return other;
        }
        if (reachable) {
            return inPlace;
        }
        other.prepareOwnedBy(runAs, dataDir);
        log.info("The database cluster is kept in {} because {} cannot enter {}; the password and the other files "
                + "of the application stay in {}", other.serverDirectory(), RunAs.UNPRIVILEGED_USER,
                blockingDirectory(realDataDir, runAs), dataDir);
        return other;
    }

    private static boolean holdsCluster(ClusterLocation location) {
        return Files.isRegularFile(location.clusterDirectory().resolve("PG_VERSION"), LinkOption.NOFOLLOW_LINKS);
    }

    /** The server directory exists, belongs to the server's user, has mode 0700 and can be written by that user. */
    private void prepareOwnedBy(RunAs runAs, Path dataDir) {
        try {
            createParents(serverDirectory.getParent());
            try {
                Files.createDirectory(serverDirectory);
            }
            catch (FileAlreadyExistsException ex) {
                if (!Files.isDirectory(serverDirectory, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(serverDirectory + " exists and is not a directory");
                }
            }
            Files.setPosixFilePermissions(serverDirectory, PosixFilePermissions.fromString("rwx------"));
            runAs.giveToServerUser(serverDirectory);
        }
        catch (IOException | UnsupportedOperationException ex) {
            throw unusable(dataDir, ex.toString());
        }
        if (!runAs.canWrite(serverDirectory)) {
            throw unusable(dataDir, RunAs.UNPRIVILEGED_USER + " cannot write there either");
        }
    }

    /** Creates the missing parents with mode 0755 whatever the umask. */
    private static void createParents(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path path = directory; path != null && !Files.isDirectory(path); path = path.getParent()) {
            missing.push(path);
        }
        for (Path path : missing) {
            try {
                Files.createDirectory(path);
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            catch (FileAlreadyExistsException ex) {
                if (!Files.isDirectory(path)) {
                    throw ex;
                }
            }
        }
    }

    private DataDirectoryUnusable unusable(Path dataDir, String reason) {
        return new DataDirectoryUnusable(DataDirectoryUnusable.Reason.SERVER_USER_CANNOT_REACH, dataDir, "The bot runs as root, so PostgreSQL runs as '" + RunAs.UNPRIVILEGED_USER
                + "', who cannot enter " + dataDir + ", and its cluster cannot be kept in " + serverDirectory
                + " instead (" + reason + "): set KINERJA_DATA_DIR to a directory the user "
                + RunAs.UNPRIVILEGED_USER + " can reach, such as /var/lib/kinerja/data.", null);
    }

    /** The outermost directory on the way to {@code directory} that the server's user cannot enter (for messages). */
    static Path blockingDirectory(Path directory, RunAs runAs) {
        Path path = directory.getRoot();
        for (Path name : directory) {
            path = path.resolve(name);
            if (!runAs.mayEnter(path)) {
                return path;
            }
        }
        return directory;
    }
}
