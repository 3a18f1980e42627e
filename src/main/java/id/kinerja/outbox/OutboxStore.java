package id.kinerja.outbox;

import id.kinerja.text.Keyboard;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's view of {@code outbox_message}. Claiming locks due rows with {@code FOR UPDATE SKIP LOCKED}
 * and leases them, so several instances share the queue and a crashed instance's rows come back when the
 * lease runs out. Every outcome update only touches a row still held under the same lease.
 * <p>
 * At most once, even across a crash: {@link #attempting} commits {@code attempted_at} just before the request
 * goes out. A row whose lease ran out without it was never handed to Telegram and is taken again; a row whose
 * lease ran out with it was in flight when its instance died, and may or may not have arrived (the Bot API has
 * no idempotency key): {@link #settleAbandoned} marks it UNCONFIRMED, never sends it again, and says so. A send
 * Telegram answered with success but unreadably is UNCONFIRMED the same way ({@link #unconfirmed}): most likely it
 * arrived, and a second send would be a duplicate. A timeout, by contrast, is retried: without an answer the
 * request most often never got through, and losing the message is the worse of the two.
 */
@Component
class OutboxStore {

    /**
     * A row the dispatcher may take now (alias {@code m}, parameter {@code :now}): pending and due, or leased by
     * an instance whose lease ran out before it handed the row to Telegram.
     */
    private static final String DUE = """
             ((m.status = 'PENDING' and m.not_before <= :now)
              or (m.status = 'SENDING' and m.lease_until < :now and m.attempted_at is null))""";

    /** A row leased for sending. */
    record Claimed(long id, long chatId, Long employeeId, String html, Keyboard keyboard, int attempts,
                   int partsSent, Instant leaseUntil) {}

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

    private record Due(Claimed row, Instant lastSentAt) {}

    /** Pending messages: how many, and when the oldest was queued (null when none). */
    record Depth(long pending, Instant oldestCreatedAt) {}

    /**
     * The advisory lock claims take, as two int keys: a key space of its own, apart from the chat locks of the
     * update pipeline, which are single bigint keys.
     */
    static final int CLAIM_LOCK_CLASS = 0x4B42; // "KB"
    static final int CLAIM_LOCK_ID = 1;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    OutboxStore(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * In one short transaction: locks up to {@code limit} due rows (pending and due, or sending with an expired
     * lease) of chats with no message in flight, takes the oldest row per chat the gate lets through, defers the
     * chats it holds back, marks the taken rows SENDING until {@code now + lease} and commits. With
     * {@code repliesOnly} (the quiet hours) only rows of kind REPLY are taken.
     */
    // The busy chats are a small set computed once ("not in" over a hashed subplan), so the cost of a
    // claim does not depend on how the planner estimates a correlated lookup per due row. The last send to
    // each chat is looked up only for the rows the limit kept: as a correlated lookup in the inner select it
    // ran for every due row while statistics were stale (7 s per claim with 10,000 rows just queued).
    List<Claimed> claim(Instant now, Duration lease, int limit, boolean repliesOnly, ChatGate gate) {
        Instant leaseUntil = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        return transaction.execute(status -> {
            // One claim at a time across instances: two claims running side by side could each take a different
            // row of the same chat, neither seeing the other's uncommitted SENDING row, and send to it together.
            jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(CLAIM_LOCK_CLASS, CLAIM_LOCK_ID).query().singleRow();
            followLinkedChats(now);
            List<Due> due = jdbc.sql("""
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
                    .query((rs, row) -> new Due(new Claimed(rs.getLong("id"), rs.getLong("chat_id"),
                            (Long) rs.getObject("employee_id"), rs.getString("html"),
                            KeyboardJson.read(rs.getString("keyboard")), rs.getInt("attempts"),
                            rs.getInt("parts_sent"), leaseUntil),
                            instantOrNull(rs.getTimestamp("last_sent_at"))))
                    .list();
            List<Claimed> taken = new ArrayList<>();
            Set<Long> decided = new HashSet<>();
            for (Due candidate : due) {
                Claimed row = candidate.row();
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
            for (Claimed row : taken) {
                jdbc.sql("""
                                update outbox_message set status = 'SENDING', lease_until = ?, attempted_at = null
                                 where id = ?""")
                        .params(Timestamp.from(leaseUntil), row.id()).update();
            }
            return taken;
        });
    }

    /**
     * A personal message (one with an employee) goes to the chat linked to that employee when it is sent, not
     * to the one linked when it was queued: after an unlink it is dropped (FAILED, never sent), after a re-link
     * it follows the person to the new chat. Runs on the due rows inside the claim, before they are chosen.
     * The one place the outbox reads who is linked where.
     */
    private void followLinkedChats(Instant now) {
        jdbc.sql("""
                        update outbox_message m
                           set status = 'FAILED', lease_until = null,
                               last_error = 'not sent: its recipient is no longer linked to Telegram'
                          from employee e
                         where e.id = m.employee_id and e.telegram_user_id is null and""" + DUE)
                .param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        update outbox_message m set chat_id = e.telegram_user_id
                          from employee e
                         where e.id = m.employee_id and e.telegram_user_id <> m.chat_id and""" + DUE)
                .param("now", Timestamp.from(now)).update();
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

    /**
     * Commits that the request is about to go out; false when the row is no longer leased to this caller
     * (its lease ran out and another instance may have it), and then it must not be sent.
     */
    boolean attempting(Claimed row, Instant now) {
        return jdbc.sql("""
                        update outbox_message set attempted_at = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(Timestamp.from(now), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Telegram accepted the first {@code parts} parts of a long text: a retry goes on after them. */
    void partsSent(Claimed row, int parts) {
        jdbc.sql("""
                        update outbox_message set parts_sent = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(parts, row.id(), Timestamp.from(row.leaseUntil()))
                .update();
    }

    /** A row that was in flight when its instance died, given up as UNCONFIRMED: never sent a second time. */
    record Abandoned(long id, long chatId, String kind, Instant attemptedAt) {}

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

    /** Delivered: a person marked unreachable is reachable again. */
    boolean markSent(Claimed row, Instant now, int telegramMessageId) {
        Boolean done = transaction.execute(status -> {
            int updated = jdbc.sql("""
                            update outbox_message set status = 'SENT', sent_at = ?, telegram_message_id = ?,
                                                      attempts = attempts + 1, lease_until = null
                             where id = ? and status = 'SENDING' and lease_until = ?""")
                    .params(Timestamp.from(now), telegramMessageId, row.id(), Timestamp.from(row.leaseUntil()))
                    .update();
            if (updated == 1 && row.employeeId() != null) {
                jdbc.sql("""
                                update employee set unreachable_at = null, unreachable_reason = null
                                 where id = ? and unreachable_at is not null""")
                        .param(row.employeeId()).update();
            }
            return updated == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Telegram answered with success but unreadably: probably delivered, never sent again. */
    boolean unconfirmed(Claimed row, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'UNCONFIRMED', attempts = attempts + 1, lease_until = null,
                                                  last_error = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** A failed attempt that will be tried again at {@code notBefore}. */
    boolean retryLater(Claimed row, Instant notBefore, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'PENDING', attempts = attempts + 1, not_before = ?,
                                                  lease_until = null, attempted_at = null, last_error = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(Timestamp.from(notBefore), truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Rate limited (429): back to the queue without counting an attempt. */
    boolean throttled(Claimed row, Instant notBefore, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'PENDING', not_before = ?, lease_until = null,
                                                  attempted_at = null, last_error = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(Timestamp.from(notBefore), truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Given up: rejected by the API or out of attempts. */
    boolean fail(Claimed row, boolean countAttempt, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'FAILED', attempts = attempts + ?, lease_until = null,
                                                  last_error = ?
                         where id = ? and status = 'SENDING' and lease_until = ?""")
                .params(countAttempt ? 1 : 0, truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** The chat cannot be reached: the row is never retried and its employee is marked unreachable. */
    boolean unreachable(Claimed row, Instant now, String reason) {
        Boolean done = transaction.execute(status -> {
            int updated = jdbc.sql("""
                            update outbox_message set status = 'UNREACHABLE', attempts = attempts + 1,
                                                      lease_until = null, last_error = ?
                             where id = ? and status = 'SENDING' and lease_until = ?""")
                    .params(truncate(reason), row.id(), Timestamp.from(row.leaseUntil())).update();
            if (updated == 1 && row.employeeId() != null) {
                jdbc.sql("update employee set unreachable_at = ?, unreachable_reason = ? where id = ?")
                        .params(Timestamp.from(now), truncate(reason), row.employeeId()).update();
            }
            return updated == 1;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Leased rows that will not be sent now (shutdown, pause, quiet hours) go back to the queue untouched. */
    void release(List<Claimed> rows) {
        for (Claimed row : rows) {
            jdbc.sql("""
                            update outbox_message set status = 'PENDING', lease_until = null, attempted_at = null
                             where id = ? and status = 'SENDING' and lease_until = ?""")
                    .params(row.id(), Timestamp.from(row.leaseUntil())).update();
        }
    }

    /**
     * Takes a send token from the bucket every instance shares: refilled at {@code ratePerSecond} by the
     * database's clock, holding one token at most (no bursts), and closed while a 429's pause lasts. Returns zero
     * when a token was taken, else how long to wait before asking again.
     */
    Duration takeSendToken(double ratePerSecond) {
        double waitSeconds = jdbc.sql("""
                        with bucket as (
                            select least(1, r.tokens + extract(epoch from (n.at - r.refreshed_at)) * :rate)
                                       as available,
                                   coalesce(r.paused_until > n.at, false) as paused, r.paused_until, n.at
                              from outbox_send_rate r
                                   -- never before the last refill: a time read before waiting for another
                                   -- instance's lock would otherwise move the refill back and mint tokens
                                   cross join lateral (select greatest(clock_timestamp(), r.refreshed_at) as at) n
                             where r.id = 1
                               for update of r)
                        update outbox_send_rate r
                           set tokens = case when not b.paused and b.available >= 1 then b.available - 1
                                             else b.available end,
                               refreshed_at = b.at
                          from bucket b
                         where r.id = 1
                        returning case when b.paused then extract(epoch from (b.paused_until - b.at))
                                       when b.available >= 1 then 0
                                       else (1 - b.available) / :rate end""")
                .param("rate", ratePerSecond)
                .query(Double.class).single();
        return waitSeconds <= 0 ? Duration.ZERO : Duration.ofNanos(Math.max(1, (long) Math.ceil(waitSeconds * 1e9)));
    }

    /** After a 429: no instance takes a send token for this long. */
    void pauseSending(Duration delay) {
        jdbc.sql("""
                        update outbox_send_rate
                           set paused_until = greatest(paused_until, clock_timestamp() + make_interval(secs => ?))
                         where id = 1""")
                .param(delay.toMillis() / 1000.0)
                .update();
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

    private static Instant instantOrNull(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
