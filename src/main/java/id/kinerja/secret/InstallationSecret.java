package id.kinerja.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's secret, the root of every keyed hash and seal that hides a person (peer raters,
 * survey respondents). It must never live in the database: a keyed hash only hides a person because
 * computing it needs this key. Whoever holds a dump of the database AND the key can recompute the
 * hashes; whoever holds only the dump cannot. Keeping the key beside the data would make the hash
 * decoration.
 *
 * <p>From {@code kinerja.peer.secret} (env {@code KINERJA_PEER_SECRET}; the name predates the survey)
 * when set — required when several instances on different machines share one database. Otherwise 32
 * random bytes generated once and kept in {@code <data-dir>/peer-secret} (owner read/write only), so
 * restarts keep the same keys.
 *
 * <p>Each use takes its own key, {@link #derive(String) derived} with a label naming its purpose, so
 * no two purposes ever share a key. The peer rater pseudonyms are the one exception: they use the
 * secret itself ({@link #key()}), as they did before the survey existed, so existing ratings keep
 * their pseudonyms.
 */
@Component
public class InstallationSecret {

    static final String FILE_NAME = "peer-secret";
    private static final int BYTES = 32;

    private final byte[] key;

    public InstallationSecret(@Value("${kinerja.peer.secret:}") String configured,
                       @Value("${kinerja.data-dir:./data}") String dataDir) {
        this.key = resolve(configured, Path.of(dataDir));
    }

    /** The secret itself: only for the peer rater pseudonyms (see the class comment). */
    public byte[] key() {
        return key.clone();
    }

    /** A key of its own for one purpose: HMAC-SHA256(secret, label), 32 bytes. */
    public byte[] derive(String label) {
        return hmac(key, label);
    }

    public static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    public static String hmacHex(byte[] key, String message) {
        return HexFormat.of().formatHex(hmac(key, message));
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
            throw new UncheckedIOException("cannot read or create the installation secret " + file, e);
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
