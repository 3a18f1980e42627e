package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's view of {@code outbox_message} between a claim ({@link Claims}) and an outcome
 * ({@link OutcomeStore}), and the queue's state. Every update here only touches a row still held under the same
 * lease.
 * <p>
 * At most once, even across a crash: {@link #attempting} commits {@code attempted_at} just before the request
 * goes out. A row whose lease ran out without it was never handed to Telegram and is taken again; a row whose
 * lease ran out with it was in flight when its instance died, and may or may not have arrived (the Bot API has
 * no idempotency key): {@link #settleAbandoned} marks it UNCONFIRMED, never sends it again, and says so. A send
 * Telegram answered with success but unreadably is UNCONFIRMED the same way ({@link OutcomeStore#unconfirmed}):
 * most likely it arrived, and a second send would be a duplicate. A timeout, by contrast, is retried: without an
 * answer the request most often never got through, and losing the message is the worse of the two.
 */
@Component
class OutboxQueue {

    /** A row that was in flight when its instance died, given up as UNCONFIRMED: never sent a second time. */
    record Abandoned(long id, long chatId, String kind, Instant attemptedAt) {}

    /** Pending messages: how many, and when the oldest was queued (null when none). */
    record Depth(long pending, Instant oldestCreatedAt) {}

    private final JdbcClient jdbc;

    OutboxQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Commits that the request is about to go out; false when the row is no longer leased to this caller
     * (its lease ran out and another instance may have it), and then it must not be sent.
     */
    boolean attempting(ClaimedMessage row, Instant now) {
        return jdbc.sql("""
                        update outbox_message set attempted_at = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(Timestamp.from(now), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Telegram accepted the first {@code parts} parts of a long text: a retry goes on after them. */
    void partsSent(ClaimedMessage row, int parts) {
        jdbc.sql("""
                        update outbox_message set parts_sent = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(parts, row.id(), Timestamp.from(row.leaseUntil()))
                .update();
    }

    /** Leased rows that will not be sent now (shutdown, pause, quiet hours) go back to the queue untouched. */
    void release(List<ClaimedMessage> rows) {
        for (ClaimedMessage row : rows) {
            jdbc.sql("""
                            update outbox_message set status = 'PENDING', lease_until = null, attempted_at = null
                             where id = ? and status = 'SENDING' and lease_until = ?""")
                    .params(row.id(), Timestamp.from(row.leaseUntil())).update();
        }
    }

    /** Leased rows whose send was attempted and whose lease ran out become UNCONFIRMED; returns them. */
    List<Abandoned> settleAbandoned(Instant now) {
        return jdbc.sql("""
                        update outbox_message
                           set status = 'UNCONFIRMED', lease_until = null,
                               last_error = 'in flight when its instance stopped; may not have arrived'
                         where status = 'SENDING' and lease_until < ? and attempted_at is not null
                        returning id, chat_id, kind, attempted_at""")
                .param(Timestamp.from(now))
                .query((rs, n) -> new Abandoned(rs.getLong("id"), rs.getLong("chat_id"), rs.getString("kind"),
                        rs.getTimestamp("attempted_at").toInstant()))
                .list();
    }

    /** When the earliest pending or leased row becomes due (null when there is none). */
    Instant nextDue() {
        return jdbc.sql("""
                        select min(case when status = 'PENDING' then not_before else lease_until end)
                          from outbox_message where status in ('PENDING', 'SENDING')""")
                // a row mapper, not a ResultSetExtractor: JdbcClient refuses an extractor's null result
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single().orElse(null);
    }

    Depth depth() {
        return jdbc.sql("select count(*), min(created_at) from outbox_message where status = 'PENDING'")
                .query((rs, row) -> new Depth(rs.getLong(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .single();
    }
}
