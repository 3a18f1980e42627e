package id.kinerja.digest;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.schedule.Schedules;
import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The weekly digest in the clustered Quartz store: on {@code kinerja.digest.day} at {@code kinerja.digest.time} in
 * the calendar's zone. A misfire (the application was down then) fires once on recovery; each recipient's digest is
 * claimed once a week anyway ({@code digest_sent}), so a second run or a restart sends nothing twice.
 */
@Configuration(proxyBeanMethods = false)
class WeeklyDigestScheduling {

    static final String NAME = "weekly-digest";

    @Bean
    JobDetail weeklyDigestJobDetail() {
        return Schedules.job(WeeklyDigestJob.class, NAME,
                "Queues the weekly digest of progress per unit for HR admins and unit heads", true);
    }

    @Bean
    Trigger weeklyDigestTrigger(JobDetail weeklyDigestJobDetail, DigestProperties properties,
                                CalendarProperties calendar) {
        return Schedules.cron(weeklyDigestJobDetail, properties.cron(), calendar.zone(),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
    }

    @DisallowConcurrentExecution
    static class WeeklyDigestJob extends QuartzJobBean {

        private static final Logger log = LoggerFactory.getLogger(WeeklyDigestJob.class);

        private final WeeklyDigest digest;
        private final DigestProperties properties;
        private final Clock clock;

        WeeklyDigestJob(WeeklyDigest digest, DigestProperties properties, Clock clock) {
            this.digest = digest;
            this.properties = properties;
            this.clock = clock;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            if (!properties.enabled()) {
                return;
            }
            int queued = digest.queueAt(clock.instant());
            if (queued > 0) {
                log.info("queued {} weekly digest(s)", queued);
            }
        }
    }
}
