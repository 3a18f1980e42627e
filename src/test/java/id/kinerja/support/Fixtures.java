package id.kinerja.support;

import static org.awaitility.Awaitility.await;

import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds roster and appraisal data straight in the database, for tests. */
public final class Fixtures {

    private final JdbcClient jdbc;
    private int nipSequence = 1;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Empties every table the application writes, keeping the schema. A listener still running after the
     * commit of the last test's event (an evaluation's notice) is waited for first: it reads the tables the
     * truncate locks, and the two would deadlock. A publication whose listener failed does not hold it up.
     */
    public void wipe() {
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                            select count(*) from event_publication
                             where completion_date is null and coalesce(status, '') <> 'FAILED'""")
                    .query(Integer.class).single() == 0);
        } catch (ConditionTimeoutException stuck) {
            // a publication no listener finishes: the truncate removes it
        }
        jdbc.sql("""
                truncate table survey_answer, survey_response, survey_tally, survey_suggestion, survey_ballot, survey_draft, survey_respondent, survey_start,
                    peer_rating, peer_aggregate, peer_ballot, peer_published, outbox_message, prompt_snooze, audit_log, processed_update, conversation, telegram_account, link_attempt,
                               link_code, evaluation, indicator, appraisal_period, employee, unit, event_publication
                         restart identity cascade""").update();
        jdbc.sql("update outbox_send_rate set tokens = 1, refreshed_at = now(), paused_until = null").update();
    }

    public long unit(String name) {
        return jdbc.sql("insert into unit (name) values (?) on conflict (name) do update set name = excluded.name returning id")
                .param(name).query(Long.class).single();
    }

    /** A fresh valid PNS NIP: born 1985-01-01, appointed 2010-03, male, increasing sequence. */
    public String nextNip() {
        return String.format("198501012010031%03d", nipSequence++);
    }

    public long employee(String name, String position, long unitId, Long supervisorId) {
        return jdbc.sql("""
                        insert into employee (nip, name, position, unit_id, supervisor_id)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(nextNip(), name, position, unitId, supervisorId).query(Long.class).single();
    }

    public long period(String code, LocalDate start, LocalDate end, LocalDate due, boolean open) {
        return jdbc.sql("""
                        insert into appraisal_period (code, kind, start_date, end_date, due_date, status, closed_at)
                        values (?, 'MONTHLY', ?, ?, ?, ?, case when ? then null else now() end) returning id""")
                .params(code, start, end, due, open ? "OPEN" : "CLOSED", open).query(Long.class).single();
    }

    /** A closed monthly period for the given month of 2026. */
    public long closedMonth(int month) {
        LocalDate start = LocalDate.of(2026, month, 1);
        return period(String.format("2026-%02d", month), start, start.plusMonths(1).minusDays(1),
                start.plusMonths(1).plusDays(6), false);
    }

    public void indicator(long employeeId, long periodId, String name, String target, String unit,
                          String realisation, String direction) {
        jdbc.sql("""
                        insert into indicator (employee_id, period_id, name, target, unit_of_measure, realisation, direction)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(employeeId, periodId, name, new BigDecimal(target), unit,
                        realisation == null ? null : new BigDecimal(realisation), direction)
                .update();
    }

    public void evaluation(long employeeId, long periodId, Long evaluatorId, Rating workResult, Rating behaviour,
                           String feedback) {
        jdbc.sql("""
                        insert into evaluation (employee_id, period_id, evaluator_id, work_result, behaviour, predicate, feedback)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(employeeId, periodId, evaluatorId, workResult.name(), behaviour.name(),
                        Predicate.of(workResult, behaviour).name(), feedback)
                .update();
    }
}
