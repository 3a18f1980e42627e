package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotSealTest {

    @TempDir
    Path dir;

    @Test
    void a_ballot_opens_only_under_its_secret_and_every_ballot_has_one_size_whatever_it_holds() {
        BallotSeal seal = seal("rahasia-satu-rahasia-satu");
        Ballot stars = new Ballot(7, 42, "ab".repeat(32), 4, null, BallotSeal.nextCastAt());
        Ballot comment = new Ballot(7, 42, "ab".repeat(32), 4, "é".repeat(300), BallotSeal.nextCastAt());

        byte[] sealedStars = seal.seal(stars);
        byte[] sealedComment = seal.seal(comment);

        assertThat(seal.open(sealedStars)).contains(stars);
        assertThat(seal.open(sealedComment)).contains(comment);
        assertThat(sealedStars).hasSameSizeAs(sealedComment);
        assertThat(seal.seal(stars)).as("random nonce").isNotEqualTo(sealedStars);
        assertThat(new String(sealedComment, StandardCharsets.ISO_8859_1)).doesNotContain("abab");
        assertThat(seal("rahasia-dua-rahasia-dua").open(sealedStars)).isEmpty();
        sealedStars[20] ^= 1;
        assertThat(seal.open(sealedStars)).as("altered").isEmpty();
        assertThat(comment.castAt()).isGreaterThan(stars.castAt());
    }

    private BallotSeal seal(String secret) {
        return new BallotSeal(new id.kinerja.secret.InstallationSecret(secret, dir.toString()));
    }
}
