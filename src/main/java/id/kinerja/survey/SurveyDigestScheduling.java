package id.kinerja.survey;

import id.kinerja.calendar.CalendarProperties;
import java.time.Clock;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
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
    static final String GROUP = "kinerja";

    @Bean
    JobDetail surveyDigestJobDetail() {
        return JobBuilder.newJob(SurveyDigestJob.class)
                .withIdentity(NAME, GROUP)
                .withDescription("Queues the daily digest of citizens' suggestions for unit heads")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger surveyDigestTrigger(JobDetail surveyDigestJobDetail, SurveyProperties properties,
                                CalendarProperties calendar) {
        return TriggerBuilder.newTrigger()
                .forJob(surveyDigestJobDetail)
                .withIdentity(NAME, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.digestCron())
                        .inTimeZone(TimeZone.getTimeZone(calendar.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
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
