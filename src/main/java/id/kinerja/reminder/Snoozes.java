package id.kinerja.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** "Remind me tomorrow" requests: one extra prompt for a supervisor and period on a given day. */
@Repository
class Snoozes {

    private final JdbcClient jdbc;

    Snoozes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long supervisorId, long periodId, LocalDate remindOn, Instant now) {
        jdbc.sql("""
                        insert into prompt_snooze (supervisor_id, period_id, remind_on, created_at)
                        values (?, ?, ?, ?) on conflict do nothing""")
                .params(supervisorId, periodId, remindOn, Timestamp.from(now)).update();
    }

    Set<Long> supervisorsToRemind(long periodId, LocalDate day) {
        return new HashSet<>(jdbc.sql("select supervisor_id from prompt_snooze where period_id = ? and remind_on = ?")
                .params(periodId, day).query(Long.class).list());
    }
}
