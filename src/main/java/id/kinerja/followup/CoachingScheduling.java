package id.kinerja.followup;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.schedule.Schedules;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The coaching tick in the clustered Quartz store: safe to repeat (every message has its slot's dedupe key). */
@Configuration(proxyBeanMethods = false)
class CoachingScheduling {

    static final String NAME = "coaching-tick";

    @Bean
    JobDetail coachingTickJobDetail() {
        return Schedules.job(CoachingTickJob.class, NAME, "Queues coaching reminders and escalations", true);
    }

    /** Missed ticks collapse into one run, which queues what today still calls for. */
    @Bean
    Trigger coachingTickTrigger(JobDetail coachingTickJobDetail, CoachingProperties properties, WorkingCalendar calendar) {
        return Schedules.cron(coachingTickJobDetail, properties.tickCron(), calendar.zone(),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
    }
}
