package id.kinerja.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.support.Fixtures;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The weekly digest as deployed: a durable job in the clustered JDBC store, fired by Quartz at Monday 08:00 WIB;
 * run twice, each recipient's digest is queued once. Its own scheduler name keeps other test contexts' schedulers
 * (sharing the database) from firing this one's triggers.
 */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=true", "spring.quartz.scheduler-name=" + WeeklyDigestJobIntegrationTest.SCHEDULER})
@DirtiesContext
class WeeklyDigestJobIntegrationTest {

    static final String SCHEDULER = "kinerja-digest-test";
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @TestConfiguration
    static class Monday30NovemberAt0800 {
        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(LocalDateTime.parse("2026-11-30T08:00").atZone(WIB).toInstant(), ZoneOffset.UTC);
        }
    }

    @Autowired
    private Scheduler scheduler;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void the_trigger_is_stored_in_the_jdbc_job_store_on_monday_at_eight_wib() throws Exception {
        assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
        Map<String, Object> row = jdbc.sql("""
                        select c.cron_expression, c.time_zone_id, j.is_durable, j.requests_recovery, j.is_nonconcurrent
                          from qrtz_triggers t
                          join qrtz_cron_triggers c using (sched_name, trigger_name, trigger_group)
                          join qrtz_job_details j on j.sched_name = t.sched_name and j.job_name = t.job_name
                                                 and j.job_group = t.job_group
                         where t.sched_name = ? and t.trigger_name = 'weekly-digest' and t.trigger_group = 'kinerja'""")
                .param(SCHEDULER).query().singleRow();
        assertThat(row).containsEntry("cron_expression", "0 0 8 ? * MON").containsEntry("time_zone_id", "Asia/Jakarta")
                .containsEntry("is_durable", true).containsEntry("requests_recovery", true)
                .containsEntry("is_nonconcurrent", true);
        assertThat(((CronTrigger) scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("weekly-digest", "kinerja")))
                .getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
    }

    @Test
    void the_job_run_twice_by_quartz_queues_each_recipient_s_digest_once() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Kelurahan Uji");
        long lurah = fixtures.employee("Lurah Uji", "Lurah", unit, null);
        long hr = fixtures.employee("Admin Uji", "Analis SDM", unit, lurah);
        fixtures.employee("Staf Uji", "Petugas", unit, lurah);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        jdbc.sql("update employee set telegram_user_id = id + 900000 where id in (?, ?)").params(lurah, hr).update();
        fixtures.period("DIGEST-JOB", LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"),
                LocalDate.parse("2026-11-20"), true);

        scheduler.triggerJob(JobKey.jobKey("weekly-digest", "kinerja"));
        await().atMost(Duration.ofSeconds(30)).until(() -> digests().size() == 2);
        scheduler.triggerJob(JobKey.jobKey("weekly-digest", "kinerja"));

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> digests().size() == 2);
        assertThat(digests()).containsExactlyInAnyOrder("weekly-digest:" + hr + ":2026-11-30",
                "weekly-digest:" + lurah + ":2026-11-30");
        assertThat(jdbc.sql("select count(*) from digest_sent where week = '2026-11-30'").query(Integer.class).single())
                .isEqualTo(2);
    }

    private List<String> digests() {
        return jdbc.sql("select dedupe_key from outbox_message where kind = 'weekly-digest'").query(String.class).list();
    }
}
