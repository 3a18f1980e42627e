package id.kinerja.reminder;

import id.kinerja.schedule.QueueingJob;
import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;

/** The scheduled tick: asks the planner what is due now. */
@DisallowConcurrentExecution
class ReminderTickJob extends QueueingJob {

    private final ReminderPlanner planner;
    private final ReminderProperties properties;

    ReminderTickJob(ReminderPlanner planner, ReminderProperties properties, Clock clock) {
        super(clock);
        this.planner = planner;
        this.properties = properties;
    }

    @Override
    protected boolean enabled() {
        return properties.enabled();
    }

    @Override
    protected int queueAt(Instant now) {
        return planner.planAt(now);
    }

    @Override
    protected String queuedWhat() {
        return "deadline prompt(s) and escalation(s)";
    }
}
