package id.kinerja.reminder;

import static id.kinerja.reminder.Office.at;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.LockWaits;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Remind me tomorrow" goes through the one period-lock rule: a {@code close-period} that commits
 * while the snooze waits for the period lock wins, and no snooze is stored for the closed period.
 */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class SnoozeCloseRaceIntegrationTest {

    @Autowired
    private Snoozing snoozing;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;

    @Test
    void a_close_that_commits_while_the_snooze_waits_for_the_period_lock_wins() throws Exception {
        Office office = new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection closer = dataSource.getConnection()) {
            closer.setAutoCommit(false);
            try (var statement = closer.createStatement()) {
                statement.executeUpdate("update appraisal_period set status = 'CLOSED', closed_at = now() where id = "
                        + office.periodId);
            }
            Future<SnoozeResult> snooze = thread.submit(
                    () -> snoozing.snooze(office.ani, office.periodId, at("2026-11-26", 10, 30)));
            LockWaits.awaitSomeoneWaitingForALock(jdbc, snooze, "the snooze");
            closer.commit();

            assertThat(snooze.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(SnoozeResult.Outcome.PERIOD_CLOSED);
        } finally {
            thread.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from prompt_snooze").query(Long.class).single()).isZero();
    }
}
