package id.kinerja.peer;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The daily peer-prompt run; never two at once across the cluster. Logs counts only, never names. */
@DisallowConcurrentExecution
class PeerPromptJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(PeerPromptJob.class);

    private final PeerPromptPlanner planner;
    private final PeerProperties properties;
    private final Clock clock;

    PeerPromptJob(PeerPromptPlanner planner, PeerProperties properties, Clock clock) {
        this.planner = planner;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        if (!properties.promptsEnabled()) {
            return;
        }
        int queued = planner.planAt(clock.instant());
        if (queued > 0) {
            log.info("queued {} peer-rating prompt(s) and small-unit notice(s)", queued);
        }
    }
}
