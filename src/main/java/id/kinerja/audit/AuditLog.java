package id.kinerja.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records processing activities (UU 27/2022 Pasal 31): who did what to whom, and when. */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, String details) {
        jdbc.sql("insert into audit_log (at, actor, action, subject, details) values (?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), actor, action, subject, details)
                .update();
    }

    /** One entry of the log as stored. */
    public record Entry(Instant at, String actor, String action, String subject, String details) {}

    /** The entries whose subject is {@code subject} (e.g. {@code employee:<NIP>}), oldest first. */
    public List<Entry> about(String subject) {
        return jdbc.sql("select at, actor, action, subject, details from audit_log where subject = ? order by at, id")
                .param(subject)
                .query((rs, n) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("details")))
                .list();
    }

    /** How many entries of this action about this subject were recorded at or after {@code since}. */
    public int count(String action, String subject, Instant since) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject = ? and at >= ?")
                .params(action, subject, Timestamp.from(since)).query(Integer.class).single();
    }

    public static String telegramActor(long telegramUserId) {
        return "telegram:" + telegramUserId;
    }
}
