package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded server's superuser password: 256 random bits, kept in {@code <dataDir>/postgres.password}, mode 0600
 * and owned by the user who runs the application (the bot and its command line read it; the server, which may run
 * as nobody, only has its SCRAM verifier).
 */
final class ServerPassword {

    static final String FILE = "postgres.password";
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ServerPassword() {}

    /** The password kept in the data directory, if any; refuses a file that others could read or replace. */
    static Optional<String> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !Integer.valueOf(RunAs.effectiveUid()).equals(Files.getAttribute(file, "unix:uid", LinkOption.NOFOLLOW_LINKS))) {
            throw new IllegalStateException(file + " is not a file of the user running the bot (uid "
                    + RunAs.effectiveUid() + "); run the bot and its commands as the user who owns " + dataDir);
        }
        if (!Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS).equals(OWNER_READ_WRITE)) {
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        }
        String password = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(file + " is empty");
        }
        return Optional.of(password);
    }

    /**
     * The password in the data directory; a new one only for a cluster that is being moved off trust (a cluster
     * that already requires a password cannot be given one it does not know).
     */
    static String forCluster(Path dataDir, boolean migrating) throws IOException {
        Optional<String> kept = read(dataDir);
        if (kept.isPresent()) {
            return kept.get();
        }
        if (migrating) {
            return create(dataDir);
        }
        throw new IllegalStateException("The embedded PostgreSQL of " + dataDir + " requires a password but " + dataDir.resolve(FILE) + " is missing; restore it from a backup of "
                + dataDir);
    }

    /** A new random password, written to the data directory (mode 0600 from the start). */
    static String create(Path dataDir) throws IOException {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = dataDir.resolve(FILE);
        Path staging = Files.createTempFile(dataDir, ".postgres.password-",
                ".tmp", PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        try {
            Files.writeString(staging, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(staging, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
        return password;
    }

    /**
     * A copy for {@code initdb --pwfile}, readable by the user the server runs as only, in a private directory of
     * {@code parent} (the cluster's parent directory, which that user can reach); delete it with
     * {@link #deleteInitdbCopy(Path)} once initdb has run.
     */
    static Path initdbCopy(Path parent, String password, RunAs runAs) throws IOException {
        Path directory = Files.createTempDirectory(parent, ".initdb-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path file = Files.createFile(directory.resolve("pwfile"), PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        runAs.giveToServerUser(directory);
        runAs.giveToServerUser(file);
        return file;
    }

    static void deleteInitdbCopy(Path file) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.getParent());
    }
}
