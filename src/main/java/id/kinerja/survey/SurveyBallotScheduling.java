package id.kinerja.survey;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The survey ballot job in the clustered Quartz store, every {@code kinerja.survey.ballot-interval}. */
@Configuration(proxyBeanMethods = false)
class SurveyBallotScheduling {

    static final String NAME = "survey-ballots";
    static final String GROUP = "kinerja";

    @Bean
    JobDetail surveyBallotJobDetail() {
        return JobBuilder.newJob(SurveyBallotJob.class)
                .withIdentity(NAME, GROUP)
                .withDescription("Writes sealed survey ballots as responses in shuffled batches")
                .storeDurably()
                .requestRecovery() // a batch is one transaction: a crash leaves the ballots pending
                .build();
    }

    @Bean
    Trigger surveyBallotTrigger(JobDetail surveyBallotJobDetail, SurveyProperties properties) {
        return TriggerBuilder.newTrigger()
                .forJob(surveyBallotJobDetail)
                .withIdentity(NAME, GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(properties.ballotInterval().toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    /** Writes pending survey ballots as responses; never two at once across the cluster. Logs counts only. */
    @DisallowConcurrentExecution
    static class SurveyBallotJob extends QuartzJobBean {

        private static final Logger log = LoggerFactory.getLogger(SurveyBallotJob.class);

        private final SurveyBallots ballots;

        SurveyBallotJob(SurveyBallots ballots) {
            this.ballots = ballots;
        }

        @Override
        protected void executeInternal(JobExecutionContext context) {
            int written = ballots.writePending();
            if (written > 0) {
                log.debug("wrote a batch of {} survey response(s)", written);
            }
        }
    }
}
