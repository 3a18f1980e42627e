package id.kinerja.survey;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The survey's scheduled work for another module that chooses the moment (the playground's clock): the pending
 * ballots and the heads' digest due at an instant.
 */
@Component
public class DueSurveyWork {

    private final SurveyBallots ballots;
    private final SurveyDigest digest;

    DueSurveyWork(SurveyBallots ballots, SurveyDigest digest) {
        this.ballots = ballots;
        this.digest = digest;
    }

    /** What the ballot job does: the number of responses written. */
    public int writePendingBallots() {
        return ballots.writePending();
    }

    /** What the digest job does at {@code now}: the number of digests queued. */
    public int queueDigestAt(Instant now) {
        return digest.queueAt(now);
    }
}
