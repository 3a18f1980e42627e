package id.kinerja.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key of the rater pseudonyms. It must never live in the database: the pseudonym only hides the
 * rater because computing it needs this key. Whoever holds a dump of the database AND the key can
 * recompute HMAC(key, employee:period) for every employee and re-identify every rater; whoever holds
 * only the dump cannot. Keeping the key beside the data would make the hash decoration.
 *
 * <p>From {@code kinerja.peer.secret} (env {@code KINERJA_PEER_SECRET}) when set — required when several
 * instances on different machines share one database. Otherwise 32 random bytes generated once and
 * kept in {@code <data-dir>/peer-secret} (owner read/write only), so restarts keep the same
 * pseudonyms; losing the file only means new ratings no longer replace the ones given before.
 */
@Component
class PeerSecret {

    static final String FILE_NAME = "peer-secret";
    private static final int BYTES = 32;

    private final byte[] key;

    PeerSecret(PeerProperties properties, @Value("${kinerja.data-dir:./data}") String dataDir) {
        this.key = resolve(properties.secret(), Path.of(dataDir));
    }

    byte[] key() {
        return key.clone();
    }

    static byte[] resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            return configured.trim().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] decoded = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
            if (decoded.length < 16) {
                throw new IllegalStateException(file + " holds a key shorter than 16 bytes");
            }
            return decoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the peer-rating secret " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] random = new byte[BYTES];
        new SecureRandom().nextBytes(random);
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance on this machine created it first: use theirs
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
