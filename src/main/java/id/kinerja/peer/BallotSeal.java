package id.kinerja.peer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import id.kinerja.secret.InstallationSecret;
import id.kinerja.secret.SealedBox;
import org.springframework.stereotype.Component;

/**
 * Seals and opens ballots in a {@link SealedBox} under a key derived from the installation secret with
 * its own label, so it is never the pseudonym key.
 * Every plaintext is padded to {@link #PLAIN_BYTES}, so a star tap and a comment look alike.
 */
@Component
class BallotSeal {

    static final int PLAIN_BYTES = 2048;
    private static final AtomicLong LAST_CAST = new AtomicLong();

    private final SealedBox box;

    BallotSeal(InstallationSecret secret) {
        this.box = new SealedBox(secret.derive("kinerja peer ballot key v1\u0001"));
    }

    /** A strictly increasing cast time (microseconds), the order in which ballots of one rater replace each other. */
    static long nextCastAt() {
        long now = System.currentTimeMillis() * 1000;
        return LAST_CAST.updateAndGet(last -> Math.max(last + 1, now));
    }

    byte[] seal(Ballot ballot) {
        return box.seal(pad(ballot));
    }

    /** The ballot, or empty when it was sealed under another secret or altered. */
    Optional<Ballot> open(byte[] sealed) {
        return box.open(sealed).flatMap(plain -> {
            try {
                return Optional.of(unpad(plain));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
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
