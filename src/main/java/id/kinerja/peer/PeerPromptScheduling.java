package id.kinerja.peer;

import id.kinerja.schedule.Schedules;
import id.kinerja.calendar.CalendarProperties;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The peer-prompt job in the clustered Quartz store: daily (09:00 by default) in the calendar's zone
 * (Asia/Jakarta). A misfire fires once on recovery; the planner queues each prompt once anyway.
 */
@Configuration(proxyBeanMethods = false)
class PeerPromptScheduling {

    static final String NAME = "peer-prompts";

    @Bean
    JobDetail peerPromptJobDetail() {
        // re-run on another node after a crash mid-run: prompts are deduplicated
        return Schedules.job(PeerPromptJob.class, NAME, "Queues peer teamwork-rating prompts near period deadlines", true);
    }

    @Bean
    Trigger peerPromptTrigger(JobDetail peerPromptJobDetail, PeerProperties properties, CalendarProperties calendar) {
        return Schedules.cron(peerPromptJobDetail, properties.promptCron(), calendar.zone(),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
    }
}
