package id.kinerja.reminder;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The scheduled tick: asks the planner what is due now. Created by Spring's job factory with its
 * dependencies injected; never two at once across the cluster.
 */
@DisallowConcurrentExecution
class ReminderTickJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ReminderTickJob.class);

    private final ReminderPlanner planner;
    private final ReminderProperties properties;
    private final Clock clock;

    ReminderTickJob(ReminderPlanner planner, ReminderProperties properties, Clock clock) {
        this.planner = planner;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        if (!properties.enabled()) {
            return;
        }
        int queued = planner.planAt(clock.instant());
        if (queued > 0) {
            log.info("queued {} deadline prompt(s) and escalation(s)", queued);
        }
    }
}
