package id.kinerja.peer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals and opens ballots: AES-256-GCM with a random 96-bit nonce, under a key derived from the peer
 * secret with HMAC-SHA256 (an HKDF expand step with its own label, so it is never the pseudonym key).
 * Every plaintext is padded to {@link #PLAIN_BYTES}, so a star tap and a comment look alike.
 */
@Component
class BallotSeal {

    static final int PLAIN_BYTES = 2048;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final AtomicLong LAST_CAST = new AtomicLong();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    BallotSeal(PeerSecret secret) {
        byte[] derived = HexFormat.of().parseHex(RaterPseudonyms.hmacHex(secret.key(), "kinerja peer ballot key v1\u0001"));
        this.key = new SecretKeySpec(derived, "AES");
    }

    /** A strictly increasing cast time (microseconds), the order in which ballots of one rater replace each other. */
    static long nextCastAt() {
        long now = System.currentTimeMillis() * 1000;
        return LAST_CAST.updateAndGet(last -> Math.max(last + 1, now));
    }

    byte[] seal(Ballot ballot) {
        byte[] plain = pad(ballot);
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    /** The ballot, or empty when it was sealed under another secret or altered. */
    Optional<Ballot> open(byte[] sealed) {
        if (sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return Optional.of(unpad(plain));
        } catch (GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
    }

    private static byte[] pad(Ballot b) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(PLAIN_BYTES);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(1);
            out.writeLong(b.periodId());
            out.writeLong(b.rateeId());
            out.writeUTF(b.pseudonym());
            out.writeByte(b.stars());
            out.writeLong(b.castAt());
            out.writeBoolean(b.comment() != null);
            byte[] comment = b.comment() == null ? new byte[0] : b.comment().getBytes(StandardCharsets.UTF_8);
            out.writeShort(comment.length);
            out.write(comment);
            out.flush();
            if (bytes.size() > PLAIN_BYTES) {
                throw new IllegalArgumentException("ballot too large");
            }
            byte[] plain = new byte[PLAIN_BYTES];
            System.arraycopy(bytes.toByteArray(), 0, plain, 0, bytes.size());
            return plain;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Ballot unpad(byte[] plain) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
        if (in.readByte() != 1) {
            throw new IOException("unknown ballot version");
        }
        long period = in.readLong();
        long ratee = in.readLong();
        String pseudonym = in.readUTF();
        int stars = in.readByte();
        long castAt = in.readLong();
        boolean hasComment = in.readBoolean();
        byte[] comment = new byte[in.readShort()];
        in.readFully(comment);
        return new Ballot(period, ratee, pseudonym, stars, hasComment ? new String(comment, StandardCharsets.UTF_8) : null,
                castAt);
    }
}
