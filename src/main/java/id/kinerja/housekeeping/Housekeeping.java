package id.kinerja.housekeeping;

import id.kinerja.account.LinkAttempts;
import id.kinerja.account.LinkCodes;
import id.kinerja.chat.ProcessedUpdates;
import java.sql.Timestamp;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes records past their retention, each through the retention step of the module that owns them;
 * the appraisal data itself is never touched here.
 */
@Service
public class Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

    public record Removed(int processedUpdates, int linkAttempts, int deliveredMessages, int expiredLinkCodes) {}

    private final JdbcClient jdbc;
    private final RetentionProperties retention;
    private final ProcessedUpdates processedUpdates;
    private final LinkAttempts linkAttempts;
    private final LinkCodes linkCodes;

    Housekeeping(JdbcClient jdbc, RetentionProperties retention, ProcessedUpdates processedUpdates,
                 LinkAttempts linkAttempts, LinkCodes linkCodes) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.processedUpdates = processedUpdates;
        this.linkAttempts = linkAttempts;
        this.linkCodes = linkCodes;
    }

    @Transactional
    public Removed runAt(Instant now) {
        Removed removed = new Removed(
                processedUpdates.deleteBefore(now.minus(retention.processedUpdates())),
                linkAttempts.deleteBefore(now.minus(retention.linkAttempts())),
                delete("delete from outbox_message where status in ('SENT', 'FAILED', 'UNREACHABLE', 'UNCONFIRMED')"
                        + " and created_at < ?",
                        now.minus(retention.deliveredMessages())),
                linkCodes.deleteSpent(now, now.minus(retention.deliveredMessages())));
        log.info("Housekeeping removed {}", removed);
        return removed;
    }

    private int delete(String sql, Instant before) {
        return jdbc.sql(sql).param(Timestamp.from(before)).update();
    }
}
