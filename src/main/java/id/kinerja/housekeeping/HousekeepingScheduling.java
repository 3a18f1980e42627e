package id.kinerja.housekeeping;

import id.kinerja.schedule.Schedules;
import id.kinerja.calendar.WorkingCalendar;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nightly, in the calendar zone; a missed night is simply done at the next run (do nothing on misfire). */
@Configuration(proxyBeanMethods = false)
class HousekeepingScheduling {

    static final String NAME = "housekeeping";

    @Bean
    JobDetail housekeepingJobDetail() {
        return Schedules.job(HousekeepingJob.class, NAME, "Removes records past their retention", false);
    }

    @Bean
    Trigger housekeepingTrigger(JobDetail housekeepingJobDetail, RetentionProperties retention,
                                WorkingCalendar calendar) {
        return Schedules.cron(housekeepingJobDetail, retention.cron(), calendar.zone(), Schedules.Misfire.DO_NOTHING);
    }
}
