package id.kinerja.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The tick as deployed: the scheduler started on the clustered JDBC store. Its own scheduler name
 * keeps other test contexts' schedulers (sharing the database) from firing this one's triggers.
 */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=true", "spring.quartz.scheduler-name=" + ReminderTickIntegrationTest.SCHEDULER})
@DirtiesContext
class ReminderTickIntegrationTest {

    static final String SCHEDULER = "kinerja-reminder-test";

    @TestConfiguration
    static class Thursday26NovemberAt0810 {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Office.at("2026-11-26", 8, 10), ZoneOffset.UTC);
        }
    }

    @Autowired
    private Scheduler scheduler;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void the_cron_trigger_is_stored_in_the_jdbc_job_store_in_jakarta_time() throws Exception {
        assertThat(scheduler.isStarted()).isTrue();
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        Map<String, Object> row = jdbc.sql("""
                        select c.cron_expression, c.time_zone_id, t.trigger_type, t.misfire_instr, t.trigger_state,
                               j.job_class_name, j.is_nonconcurrent, j.is_durable, j.requests_recovery
                          from qrtz_triggers t
                          join qrtz_cron_triggers c using (sched_name, trigger_name, trigger_group)
                          join qrtz_job_details j on j.sched_name = t.sched_name and j.job_name = t.job_name
                                                 and j.job_group = t.job_group
                         where t.sched_name = ? and t.trigger_name = 'reminder-tick' and t.trigger_group = 'kinerja'""")
                .param(SCHEDULER).query().singleRow();
        assertThat(row).containsEntry("cron_expression", "0 0/5 * * * ?")
                .containsEntry("time_zone_id", "Asia/Jakarta")
                .containsEntry("trigger_type", "CRON")
                .containsEntry("job_class_name", ReminderTickJob.class.getName())
                .containsEntry("is_nonconcurrent", true)
                .containsEntry("is_durable", true)
                .containsEntry("requests_recovery", true);
        assertThat(((Number) row.get("misfire_instr")).intValue())
                .isEqualTo(org.quartz.CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        assertThat(scheduler.getTriggerState(org.quartz.TriggerKey.triggerKey("reminder-tick", "kinerja")))
                .isIn(Trigger.TriggerState.NORMAL, Trigger.TriggerState.BLOCKED);
    }

    @Test
    void a_tick_run_by_quartz_plans_with_the_injected_planner_and_clock() throws Exception {
        new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));

        scheduler.triggerJob(JobKey.jobKey("reminder-tick", "kinerja"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Office.queued(jdbc))
                .extracting(Office.Queued::slot).containsExactlyInAnyOrder(
                        "REMINDER " + Office.CAMAT_CHAT + " 2026-11-26 08:10",
                        "REMINDER " + Office.ANI_CHAT + " 2026-11-26 08:10",
                        "REMINDER " + Office.DEWI_CHAT + " 2026-11-26 08:10"));
    }
}
