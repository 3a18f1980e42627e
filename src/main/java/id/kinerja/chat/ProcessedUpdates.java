package id.kinerja.chat;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The update ids already handled ({@link TurnContexts}), kept only as long as Telegram may redeliver them. */
@Repository
public class ProcessedUpdates {

    private final JdbcClient jdbc;

    ProcessedUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Retention: forgets the update ids handled before {@code before}; how many went. */
    public int deleteBefore(Instant before) {
        return jdbc.sql("delete from processed_update where processed_at < ?").param(Timestamp.from(before)).update();
    }
}
