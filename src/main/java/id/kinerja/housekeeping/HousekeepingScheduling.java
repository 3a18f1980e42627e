package id.kinerja.housekeeping;

import id.kinerja.calendar.WorkingCalendar;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Nightly, in the calendar zone; a missed night is simply done at the next run (do nothing on misfire). */
@Configuration(proxyBeanMethods = false)
class HousekeepingScheduling {

    static final String NAME = "housekeeping";

    @Bean
    JobDetail housekeepingJobDetail() {
        return JobBuilder.newJob(HousekeepingJob.class).withIdentity(NAME, "kinerja")
                .withDescription("Removes records past their retention").storeDurably().build();
    }

    @Bean
    Trigger housekeepingTrigger(JobDetail housekeepingJobDetail, RetentionProperties retention,
                                WorkingCalendar calendar) {
        return TriggerBuilder.newTrigger().forJob(housekeepingJobDetail).withIdentity(NAME, "kinerja")
                .withSchedule(CronScheduleBuilder.cronSchedule(retention.cron())
                        .inTimeZone(TimeZone.getTimeZone(calendar.zone()))
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
