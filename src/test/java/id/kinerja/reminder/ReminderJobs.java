package id.kinerja.reminder;

import java.time.Instant;
import org.springframework.context.ApplicationContext;

/** The reminder tick, run by a test at a moment it chooses; the planner itself stays package-private. */
public final class ReminderJobs {

    private final ReminderPlanner planner;

    public ReminderJobs(ApplicationContext context) {
        this.planner = context.getBean(ReminderPlanner.class);
    }

    /** What {@link ReminderTickJob} does at {@code now}: the number of prompts queued. */
    public int planAt(Instant now) {
        return planner.planAt(now);
    }
}
