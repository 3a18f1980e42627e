package id.kinerja.followup;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The scheduled look for coaching reminders and escalations; never two at once across the cluster. */
@DisallowConcurrentExecution
class CoachingTickJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(CoachingTickJob.class);

    private final CoachingTick tick;
    private final CoachingProperties properties;
    private final Clock clock;

    CoachingTickJob(CoachingTick tick, CoachingProperties properties, Clock clock) {
        this.tick = tick;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        if (!properties.enabled()) {
            return;
        }
        int queued = tick.planAt(clock.instant());
        if (queued > 0) {
            log.info("queued {} coaching reminder(s) and escalation(s)", queued);
        }
    }
}
