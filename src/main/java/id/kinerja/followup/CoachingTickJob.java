package id.kinerja.followup;

import id.kinerja.schedule.QueueingJob;
import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;

/** The scheduled look for coaching reminders and escalations. */
@DisallowConcurrentExecution
class CoachingTickJob extends QueueingJob {

    private final CoachingTick tick;
    private final CoachingProperties properties;

    CoachingTickJob(CoachingTick tick, CoachingProperties properties, Clock clock) {
        super(clock);
        this.tick = tick;
        this.properties = properties;
    }

    @Override
    protected boolean enabled() {
        return properties.enabled();
    }

    @Override
    protected int queueAt(Instant now) {
        return tick.planAt(now);
    }

    @Override
    protected String queuedWhat() {
        return "coaching reminder(s) and escalation(s)";
    }
}
