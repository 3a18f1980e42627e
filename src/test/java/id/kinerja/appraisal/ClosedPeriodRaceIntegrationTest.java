package id.kinerja.appraisal;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.support.Fixtures;
import id.kinerja.support.LockWaits;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@code close-period} that commits while an evaluation is between its first check of the period
 * and its lock on it: the evaluation must see the period closed and write nothing.
 */
@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class ClosedPeriodRaceIntegrationTest {

    @Autowired
    private EvaluatingReport evaluating;
    @Autowired
    private Periods periods;
    @Autowired
    private Employees employees;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private DataSource dataSource;

    private Employee kasi;
    private long dewi;
    private long open;

    @BeforeEach
    void office() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Seksi Pemerintahan");
        long kasiId = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, null);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasiId);
        kasi = employees.byId(kasiId).orElseThrow();
        open = fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true);
    }

    @Test
    void a_close_that_commits_while_the_evaluation_waits_for_the_period_lock_wins() throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection closer = dataSource.getConnection()) {
            closer.setAutoCommit(false);
            try (var statement = closer.createStatement()) {
                statement.executeUpdate("update appraisal_period set status = 'CLOSED', closed_at = now() where id = "
                        + open);
            }
            // the close is not committed: the evaluation's first check still reads the period open
            assertThat(evaluating.refusal(kasi, dewi, open)).isEmpty();
            Future<Object> submit = thread.submit(() -> {
                try {
                    return evaluating.submit(kasi, dewi, open, MEETS, MEETS, null);
                } catch (RuntimeException e) {
                    return e;
                }
            });
            LockWaits.awaitSomeoneWaitingForALock(jdbc, submit, "the evaluation");
            closer.commit();

            Object outcome = submit.get(10, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(EvaluationRefused.class);
            assertThat(((EvaluationRefused) outcome).refusal()).isEqualTo(EvaluationRefusal.PERIOD_CLOSED);
        } finally {
            thread.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action like 'EVALUATION%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void the_check_under_the_lock_refuses_a_closed_period_and_writes_nothing() {
        jdbc.sql("update appraisal_period set status = 'CLOSED', closed_at = now() where id = ?").param(open).update();

        assertThatThrownBy(() -> evaluating.submit(kasi, dewi, open, MEETS, MEETS, null))
                .isInstanceOfSatisfying(EvaluationRefused.class,
                        e -> assertThat(e.refusal()).isEqualTo(EvaluationRefusal.PERIOD_CLOSED));
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isZero();
    }

    @Test
    void the_lock_needs_a_transaction_and_feedback_breaking_the_rule_is_never_written() {
        assertThatThrownBy(() -> periods.lockOpen(open)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> evaluating.submit(kasi, dewi, open, Rating.BELOW, MEETS, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluating.submit(kasi, dewi, open, MEETS, MEETS, "a\u0000b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from evaluation").query(Long.class).single()).isZero();
    }
}
