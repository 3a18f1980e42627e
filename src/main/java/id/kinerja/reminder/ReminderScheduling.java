package id.kinerja.reminder;

import id.kinerja.schedule.Schedules;
import id.kinerja.calendar.WorkingCalendar;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder tick in the clustered Quartz store: one job, one cron trigger in the calendar zone. */
@Configuration(proxyBeanMethods = false)
class ReminderScheduling {

    static final String NAME = "reminder-tick";

    @Bean
    JobDetail reminderTickJobDetail() {
        // an instance dying mid-run: another node of the cluster runs it again at once. Safe, because
        // the planner queues each slot under a unique dedupe key and never twice.
        return Schedules.job(ReminderTickJob.class, NAME, "Queues due deadline prompts and escalations", true);
    }

    /*
     * Misfire (the app was down or every thread busy at a fire time): fire once now, then go on with
     * the schedule. Ticks missed during downtime collapse into that one run, and since the planner
     * only looks at today and queues each slot once, the run sends what is due today and not yet
     * queued (e.g. the 08:00 prompts after a restart at 10:00) and never replays earlier days.
     * "Do nothing" would also be correct, just up to one tick interval later.
     */
    @Bean
    Trigger reminderTickTrigger(JobDetail reminderTickJobDetail, ReminderProperties properties,
                                WorkingCalendar calendar) {
        return Schedules.cron(reminderTickJobDetail, properties.tickCron(), calendar.zone(),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
    }
}
