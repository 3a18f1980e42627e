package id.kinerja.followup;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** The coaching tick, run by a test at a moment it chooses; the tick itself stays package-private. */
public final class CoachingJobs {

    private final CoachingTick tick;

    public CoachingJobs(ApplicationContext context) {
        this.tick = context.getBean(CoachingTick.class);
    }

    /** What {@link CoachingTickJob} does at {@code now}: the number of messages queued. */
    public int planAt(Instant now) {
        return tick.planAt(now);
    }
}
