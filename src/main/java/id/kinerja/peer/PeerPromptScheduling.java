package id.kinerja.peer;

import id.kinerja.calendar.CalendarProperties;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The peer-prompt job in the clustered Quartz store: daily (09:00 by default) in the calendar's zone
 * (Asia/Jakarta). A misfire fires once on recovery; the planner queues each prompt once anyway.
 */
@Configuration(proxyBeanMethods = false)
class PeerPromptScheduling {

    static final String NAME = "peer-prompts";
    static final String GROUP = "kinerja";

    @Bean
    JobDetail peerPromptJobDetail() {
        return JobBuilder.newJob(PeerPromptJob.class)
                .withIdentity(NAME, GROUP)
                .withDescription("Queues peer teamwork-rating prompts near period deadlines")
                .storeDurably()
                .requestRecovery() // re-run on another node after a crash mid-run: prompts are deduplicated
                .build();
    }

    @Bean
    Trigger peerPromptTrigger(JobDetail peerPromptJobDetail, PeerProperties properties, CalendarProperties calendar) {
        return TriggerBuilder.newTrigger()
                .forJob(peerPromptJobDetail)
                .withIdentity(NAME, GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(properties.promptCron())
                        .inTimeZone(TimeZone.getTimeZone(calendar.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
