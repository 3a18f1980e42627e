package id.kinerja.peer;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The peer module's scheduled work for another module that chooses the moment (the playground's clock): the
 * prompts due at an instant and the pending ballots. Planner and ballot box stay inside this module.
 */
@Component
public class DuePeerWork {

    private final PeerPromptPlanner planner;
    private final PeerBallots ballots;

    DuePeerWork(PeerPromptPlanner planner, PeerBallots ballots) {
        this.planner = planner;
        this.ballots = ballots;
    }

    /** What the prompt job does at {@code now}: the number of prompts queued. */
    public int planPromptsAt(Instant now) {
        return planner.planAt(now);
    }

    /** What the ballot job does: the number of ratings written. */
    public int writePendingBallots() {
        return ballots.writePending();
    }
}
