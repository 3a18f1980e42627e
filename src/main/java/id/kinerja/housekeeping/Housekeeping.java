package id.kinerja.housekeeping;

import id.kinerja.outbox.Outbox;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Removes records past their retention; the appraisal data itself is never touched here. */
@Service
public class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    public record Removed(int processedUpdates, int linkAttempts, int deliveredMessages, int expiredLinkCodes) {}

    private final JdbcClient jdbc;
    private final RetentionProperties retention;
    private final Outbox outbox;

    Housekeeping(JdbcClient jdbc, RetentionProperties retention, Outbox outbox) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.outbox = outbox;
    }

    @Transactional
    public Removed runAt(Instant now) {
        Removed removed = new Removed(
                delete("delete from processed_update where processed_at < ?", now.minus(retention.processedUpdates())),
                delete("delete from link_attempt where attempted_at < ?", now.minus(retention.linkAttempts())),
                outbox.deleteFinishedBefore(now.minus(retention.deliveredMessages())),
                delete("delete from link_code where (used_at is not null or revoked_at is not null or expires_at < ?)"
                        + " and created_at < ?", now, now.minus(retention.deliveredMessages())));
        log.info("Housekeeping removed {}", removed);
        return removed;
    }

    private int delete(String sql, Instant before) {
        return jdbc.sql(sql).param(Timestamp.from(before)).update();
    }

    private int delete(String sql, Instant first, Instant second) {
        return jdbc.sql(sql).params(Timestamp.from(first), Timestamp.from(second)).update();
    }
}
