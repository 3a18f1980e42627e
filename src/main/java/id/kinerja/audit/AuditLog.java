package id.kinerja.audit;

import java.sql.Timestamp;
import java.time.Clock;
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

    public static String telegramActor(long telegramUserId) {
        return "telegram:" + telegramUserId;
    }
}
