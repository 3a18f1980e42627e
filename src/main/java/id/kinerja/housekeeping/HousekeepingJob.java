package id.kinerja.housekeeping;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The nightly clean-up, run once per cluster by Quartz. */
@DisallowConcurrentExecution
class HousekeepingJob extends QuartzJobBean {

    private final Housekeeping housekeeping;
    private final Clock clock;

    HousekeepingJob(Housekeeping housekeeping, Clock clock) {
        this.housekeeping = housekeeping;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) {
        housekeeping.runAt(clock.instant());
    }
}
