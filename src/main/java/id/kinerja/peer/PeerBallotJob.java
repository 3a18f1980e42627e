package id.kinerja.peer;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** Writes pending peer ballots as ratings; never two at once across the cluster. Logs counts only. */
@DisallowConcurrentExecution
class PeerBallotJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(PeerBallotJob.class);

    private final PeerBallots ballots;

    PeerBallotJob(PeerBallots ballots) {
        this.ballots = ballots;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        int written = ballots.writePending();
        if (written > 0) {
            log.debug("wrote a batch of {} peer rating(s)", written);
        }
    }
}
