package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claiming locks due rows of {@code outbox_message} with {@code FOR UPDATE SKIP LOCKED} and leases them, so
 * several instances share the queue and a crashed instance's rows come back when the lease runs out (see
 * {@link OutboxQueue} for what happens to a row after its claim).
 */
@Component
class Claims {

    /**
     * A row the dispatcher may take now (alias {@code m}, parameter {@code :now}): pending and due, or leased by
     * an instance whose lease ran out before it handed the row to Telegram.
     */
    private static final String DUE = """
             ((m.status = 'PENDING' and m.not_before <= :now)
              or (m.status = 'SENDING' and m.lease_until < :now and m.attempted_at is null))""";

    /**
     * The advisory lock claims take, as two int keys: a key space of its own, apart from the chat locks of the
     * update pipeline, which are single bigint keys.
     */
    static final int CLAIM_LOCK_CLASS = 0x4B42; // "KB"
    static final int CLAIM_LOCK_ID = 1;

    /** What the claim decides for one due row of a chat. */
    sealed interface Decision {
        /** Send it now. */
        record Take() implements Decision {}
        /** The chat may get a message only at this instant: move the chat's pending rows there. */
        record Defer(Instant until) implements Decision {}
    }

    /**
     * Decides per due row; called once per chat (the chat's oldest due row), inside the claim transaction, with
     * when the chat last got a message from the outbox of any instance (null: never, or long ago).
     */
    interface ChatGate {
        Decision decide(long chatId, Instant lastSentAt);
    }

    private record Due(ClaimedMessage row, Instant lastSentAt) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final LinkedChats linkedChats;

    Claims(JdbcClient jdbc, PlatformTransactionManager transactionManager, LinkedChats linkedChats) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.linkedChats = linkedChats;
    }

    /**
     * In one short transaction: locks up to {@code limit} due rows (pending and due, or sending with an expired
     * lease) of chats with no message in flight, lets personal rows follow their recipient's link, takes the
     * oldest row per chat the gate lets through, defers the chats it holds back, marks the taken rows SENDING
     * until {@code now + lease} and commits. With {@code repliesOnly} (the quiet hours) only rows of kind REPLY
     * are taken. Round trips: the lock, the select, one link lookup when a row is personal, one per deferred
     * chat and one for the lease (a changed link costs its updates and a second select).
     */
    List<ClaimedMessage> claim(Instant now, Duration lease, int limit, boolean repliesOnly, ChatGate gate) {
        Instant leaseUntil = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        return transaction.execute(status -> {
            // One claim at a time across instances: two claims running side by side could each take a different
            // row of the same chat, neither seeing the other's uncommitted SENDING row, and send to it together.
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CLAIM_LOCK_CLASS, CLAIM_LOCK_ID).query().singleRow();
            List<Due> due = due(now, leaseUntil, limit, repliesOnly);
            while (linkedChats.follow(due.stream().map(Due::row).toList())) {
                due = due(now, leaseUntil, limit, repliesOnly); // busy chats and last sends of the chats now
            }
            List<ClaimedMessage> taken = new ArrayList<>();
            Set<Long> decided = new HashSet<>();
            for (Due candidate : due) {
                ClaimedMessage row = candidate.row();
                if (!decided.add(row.chatId())) {
                    continue; // a later row of a chat already decided stays as it is (the chat is busy now)
                }
                Decision decision = gate.decide(row.chatId(), candidate.lastSentAt());
                if (decision instanceof Decision.Defer defer) {
                    deferChat(row.chatId(), now, defer.until());
                } else {
                    taken.add(row);
                }
            }
            if (!taken.isEmpty()) {
                jdbc.sql("update outbox_message set status = 'SENDING', lease_until = ?, attempted_at = null"
                                + " where id = any(?)")
                        .params(Timestamp.from(leaseUntil), taken.stream().map(ClaimedMessage::id).toArray(Long[]::new))
                        .update();
            }
            return taken;
        });
    }

    // The busy chats are a small set computed once ("not in" over a hashed subplan), so the cost of a
    // claim does not depend on how the planner estimates a correlated lookup per due row. The last send to
    // each chat is looked up only for the rows the limit kept: as a correlated lookup in the inner select it
    // ran for every due row while statistics were stale (7 s per claim with 10,000 rows just queued).
    private List<Due> due(Instant now, Instant leaseUntil, int limit, boolean repliesOnly) {
        return jdbc.sql("""
                        select d.*, (select max(s.sent_at) from outbox_message s
                                      where s.chat_id = d.chat_id and s.status = 'SENT') as last_sent_at
                          from (select m.id, m.chat_id, m.employee_id, m.html, m.keyboard, m.attempts,
                                       m.parts_sent, m.not_before
                                  from outbox_message m
                                 where""" + DUE + """
                                   and m.chat_id not in (select b.chat_id from outbox_message b
                                                          where b.status = 'SENDING' and b.lease_until >= :now)
                                   and (not :repliesOnly or m.kind = 'REPLY')
                                 order by m.not_before, m.id
                                 limit :limit
                                   for update of m skip locked) d
                         order by d.not_before, d.id""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .param("repliesOnly", repliesOnly)
                .query((rs, row) -> new Due(new ClaimedMessage(rs.getLong("id"), rs.getLong("chat_id"),
                        (Long) rs.getObject("employee_id"), rs.getString("html"),
                        KeyboardJson.read(rs.getString("keyboard")), rs.getInt("attempts"),
                        rs.getInt("parts_sent"), leaseUntil),
                        rs.getTimestamp("last_sent_at") == null ? null : rs.getTimestamp("last_sent_at").toInstant()))
                .list();
    }

    /** Pending rows of the chat go no earlier than {@code until}; their order (not_before, id) is kept. */
    private void deferChat(long chatId, Instant now, Instant until) {
        jdbc.sql("""
                        update outbox_message set not_before = greatest(not_before, ?), status = 'PENDING',
                                                  lease_until = null
                         where chat_id = ?
                           and (status = 'PENDING'
                                or (status = 'SENDING' and lease_until < ? and attempted_at is null))""")
                .params(Timestamp.from(until), chatId, Timestamp.from(now)).update();
    }
}
