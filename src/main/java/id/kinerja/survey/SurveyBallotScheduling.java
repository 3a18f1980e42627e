package id.kinerja.survey;

import id.kinerja.schedule.Schedules;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/** The survey ballot job in the clustered Quartz store, every {@code kinerja.survey.ballot-interval}. */
@Configuration(proxyBeanMethods = false)
class SurveyBallotScheduling {

    static final String NAME = "survey-ballots";

    @Bean
    JobDetail surveyBallotJobDetail() {
        // a batch is one transaction: a crash leaves the ballots pending, and the job runs again
        return Schedules.job(SurveyBallotJob.class, NAME, "Writes sealed survey ballots as responses in shuffled batches",
                true);
    }

    @Bean
    Trigger surveyBallotTrigger(JobDetail surveyBallotJobDetail, SurveyProperties properties) {
        return Schedules.every(surveyBallotJobDetail, properties.ballotInterval());
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
