package id.kinerja.schedule;

import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A scheduled job that, when its module enables it, asks one use case what is due at the clock's now and logs how
 * many messages that queued. Created by Spring's job factory with its dependencies injected; never two at once
 * across the cluster. The reminder tick, the coaching tick and the weekly digest are each one of these.
 */
@DisallowConcurrentExecution
public abstract class QueueingJob extends QuartzJobBean {

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Clock clock;

    protected QueueingJob(Clock clock) {
        this.clock = clock;
    }

    /** Whether the module's configuration lets the job run. */
    protected abstract boolean enabled();

    /** Queues what is due at {@code now}; returns how many messages it queued. */
    protected abstract int queueAt(Instant now);

    /** What was queued, for the log line: "queued 3 " + this. */
    protected abstract String queuedWhat();

    @Override
    protected final void executeInternal(JobExecutionContext context) {
        if (!enabled()) {
            return;
        }
        int queued = queueAt(clock.instant());
        if (queued > 0) {
            log.info("queued {} {}", queued, queuedWhat());
        }
    }
}
