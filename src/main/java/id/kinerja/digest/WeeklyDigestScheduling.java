package id.kinerja.digest;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.schedule.QueueingJob;
import id.kinerja.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    static class WeeklyDigestJob extends QueueingJob {

        private final WeeklyDigest digest;
        private final DigestProperties properties;

        WeeklyDigestJob(WeeklyDigest digest, DigestProperties properties, Clock clock) {
            super(clock);
            this.digest = digest;
            this.properties = properties;
        }

        @Override
        protected boolean enabled() {
            return properties.enabled();
        }

        @Override
        protected int queueAt(Instant now) {
            return digest.queueAt(now);
        }

        @Override
        protected String queuedWhat() {
            return "weekly digest(s)";
        }
    }
}
