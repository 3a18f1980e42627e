package id.kinerja.survey;

import id.kinerja.schedule.Schedules;
import id.kinerja.calendar.CalendarProperties;
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
 * The suggestions digest in the clustered Quartz store: daily at {@code kinerja.survey.digest-cron} (08:00 by
 * default) in the calendar's zone. A misfire fires once on recovery; each head's digest is queued once a day
 * anyway (its dedupe key names the day).
 */
@Configuration(proxyBeanMethods = false)
class SurveyDigestScheduling {

    static final String NAME = "survey-digest";

    @Bean
    JobDetail surveyDigestJobDetail() {
        return Schedules.job(SurveyDigestJob.class, NAME, "Queues the daily digest of citizens' suggestions for unit heads",
                true);
    }

    @Bean
    Trigger surveyDigestTrigger(JobDetail surveyDigestJobDetail, SurveyProperties properties,
                                CalendarProperties calendar) {
        return Schedules.cron(surveyDigestJobDetail, properties.digestCron(), calendar.zone(),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
    }

    @DisallowConcurrentExecution
    static class SurveyDigestJob extends QuartzJobBean {

        private static final Logger log = LoggerFactory.getLogger(SurveyDigestJob.class);

        private final SurveyDigest digest;
        private final Clock clock;

        SurveyDigestJob(SurveyDigest digest, Clock clock) {
            this.digest = digest;
            this.clock = clock;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            int queued = digest.queueAt(clock.instant());
            if (queued > 0) {
                log.info("queued {} suggestions digest(s)", queued);
            }
        }
    }
}
