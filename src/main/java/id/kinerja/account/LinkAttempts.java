package id.kinerja.account;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The linking attempts the lockout counts ({@link LinkingAccount}), kept only while they can still count. */
@Repository
public class LinkAttempts {

    private final JdbcClient jdbc;

    LinkAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Retention: removes the attempts made before {@code before}; how many went. */
    public int deleteBefore(Instant before) {
        return jdbc.sql("delete from link_attempt where attempted_at < ?").param(Timestamp.from(before)).update();
    }
}
