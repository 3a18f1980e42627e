package id.kinerja.schedule;

import java.time.Duration;
import java.time.ZoneId;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The one way the modules declare their scheduled work in the clustered Quartz store: a durable job named in
 * the group {@value #GROUP}, and its trigger under the same name. Declaring each as a bean keeps the store in
 * step with the code at every start.
 */
public final class Schedules {

    public static final String GROUP = "kinerja";

    /** What a trigger does about fire times it missed (the application was down, or every thread busy). */
    public enum Misfire {
        /** Fire once now, then go on with the schedule: the missed runs collapse into one. */
        FIRE_ONCE_AND_PROCEED,
        /** Skip them: the next run on schedule does the work. */
        DO_NOTHING
    }

    private Schedules() {}

    /**
     * A durable job; with {@code recover}, a node dying mid-run makes another node of the cluster run it again
     * at once (only for jobs that are safe to repeat).
     */
    public static JobDetail job(Class<? extends Job> type, String name, String description, boolean recover) {
        return JobBuilder.newJob(type)
                .withIdentity(name, GROUP)
                .withDescription(description)
                .storeDurably()
                .requestRecovery(recover)
                .build();
    }

    /** A cron trigger in the zone (the calendar's: Asia/Jakarta), named as its job. */
    public static Trigger cron(JobDetail job, String cron, ZoneId zone, Misfire misfire) {
        CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
        schedule = misfire == Misfire.FIRE_ONCE_AND_PROCEED ? schedule.withMisfireHandlingInstructionFireAndProceed()
                : schedule.withMisfireHandlingInstructionDoNothing();
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(schedule).build();
    }

    /** A trigger every {@code interval}, for ever; missed runs are not made up (the next one does the work). */
    public static Trigger every(JobDetail job, Duration interval) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }
}
