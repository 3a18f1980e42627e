package id.kinerja.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

class SchedulesTest {

    static class NoJob implements Job {
        @Override
        public void execute(org.quartz.JobExecutionContext context) {
        }
    }

    @Test
    void a_job_is_durable_in_the_kinerja_group_and_recovers_only_when_asked() {
        JobDetail recovering = Schedules.job(NoJob.class, "tick", "Ticks", true);
        JobDetail plain = Schedules.job(NoJob.class, "tock", "Tocks", false);
        assertThat(recovering.getKey().getName()).isEqualTo("tick");
        assertThat(recovering.getKey().getGroup()).isEqualTo("kinerja");
        assertThat(recovering.isDurable()).isTrue();
        assertThat(recovering.requestsRecovery()).isTrue();
        assertThat(plain.requestsRecovery()).isFalse();
        assertThat(recovering.getDescription()).isEqualTo("Ticks");
    }

    @Test
    void a_cron_trigger_runs_in_the_zone_with_the_misfire_rule_asked_for() {
        JobDetail job = Schedules.job(NoJob.class, "daily", "Daily", true);
        CronTrigger once = (CronTrigger) Schedules.cron(job, "0 0 8 * * ?", ZoneId.of("Asia/Jakarta"),
                Schedules.Misfire.FIRE_ONCE_AND_PROCEED);
        CronTrigger skip = (CronTrigger) Schedules.cron(job, "0 30 2 * * ?", ZoneId.of("Asia/Jakarta"),
                Schedules.Misfire.DO_NOTHING);
        assertThat(once.getKey().getName()).isEqualTo("daily");
        assertThat(once.getJobKey()).isEqualTo(job.getKey());
        assertThat(once.getTimeZone().getID()).isEqualTo("Asia/Jakarta");
        assertThat(once.getCronExpression()).isEqualTo("0 0 8 * * ?");
        assertThat(once.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(skip.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_DO_NOTHING);
    }

    @Test
    void an_interval_trigger_repeats_for_ever_and_does_not_make_up_missed_runs() {
        JobDetail job = Schedules.job(NoJob.class, "ballots", "Ballots", true);
        SimpleTrigger every = (SimpleTrigger) Schedules.every(job, Duration.ofMinutes(1));
        assertThat(every.getRepeatInterval()).isEqualTo(60_000);
        assertThat(every.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
        assertThat(every.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
        assertThat(((Trigger) every).getKey().getGroup()).isEqualTo("kinerja");
    }
}
