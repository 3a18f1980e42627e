package id.kinerja.peer;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/**
 * The peer module's scheduled work, run by a test at a moment it chooses (the Quartz jobs do the same on their
 * schedule). The planner and the ballot box stay package-private; tests elsewhere reach them only through here.
 */
public final class PeerJobs {

    private final PeerPromptPlanner planner;
    private final PeerBallots ballots;

    public PeerJobs(ApplicationContext context) {
        this.planner = context.getBean(PeerPromptPlanner.class);
        this.ballots = context.getBean(PeerBallots.class);
    }

    /** What {@link PeerPromptJob} does at {@code now}: the number of prompts queued. */
    public int planPromptsAt(Instant now) {
        return planner.planAt(now);
    }

    /** What {@link PeerBallotJob} does: the number of sealed ballots written as ratings. */
    public int writePendingBallots() {
        return ballots.writePending();
    }
}
