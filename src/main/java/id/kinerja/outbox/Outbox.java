package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages for the dispatcher; joins the caller's transaction, so what is decided is queued. Once the
 * message is committed, a {@link MessageQueued} event wakes the dispatcher, so it goes out without waiting for
 * the next poll. Also what other modules may know of the queue ({@code outbox_message} is the outbox's alone),
 * and its retention step.
 */
@Service
public class Outbox {

    /** Published after a message was queued and committed. */
    public record MessageQueued(String dedupeKey) {}

    /** Messages queued, and how many of them were delivered. */
    public record QueuedAndSent(long queued, long sent) {}

    /** A message about an employee that ended UNCONFIRMED (in flight at a crash: may not have arrived). */
    public record Unconfirmed(long id, String kind, long employeeId, Instant createdAt) {}

    /** The dedupe key prefix of a copy queued by {@link #resend}. */
    static final String RESEND = "resend:";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Outbox(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Which of these dedupe keys are already queued: lets a planner skip composing slots that are
     * done. Only an optimisation — the unique key is what guarantees one message per slot.
     */
    public Set<String> alreadyQueued(Collection<String> dedupeKeys) {
        if (dedupeKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select dedupe_key from outbox_message where dedupe_key = any(?)")
                .param(dedupeKeys.toArray(String[]::new)).query(String.class).list());
    }

    /** Queues the message unless one with the same dedupe key exists; true when it was queued. */
    public boolean enqueue(OutgoingMessage message) {
        boolean queued = jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, employee_id, html, keyboard,
                                                    not_before, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dedupe_key) do nothing""")
                .params(message.dedupeKey(), message.kind(), message.chatId(), message.employeeId(), message.html(),
                        KeyboardJson.write(message.keyboard()),
                        Timestamp.from(message.notBefore() == null ? clock.instant() : message.notBefore()),
                        Timestamp.from(clock.instant()))
                .update() == 1;
        if (queued) {
            announce(new MessageQueued(message.dedupeKey()));
        }
        return queued;
    }

    /** The dedupe keys of the messages of this kind whose key starts with {@code keyPrefix}, whatever their state. */
    public Set<String> queuedKeys(String kind, String keyPrefix) {
        return new HashSet<>(jdbc.sql("select dedupe_key from outbox_message where kind = ? and dedupe_key like ?")
                .params(kind, likePrefix(keyPrefix)).query(String.class).list());
    }

    /** Of the messages of this kind whose dedupe key starts with {@code keyPrefix}: how many, and how many were delivered. */
    public QueuedAndSent queuedAndSent(String kind, String keyPrefix) {
        return jdbc.sql("""
                        select count(*) as queued, count(*) filter (where status = 'SENT') as sent
                          from outbox_message where kind = ? and dedupe_key like ?""")
                .params(kind, likePrefix(keyPrefix))
                .query((rs, n) -> new QueuedAndSent(rs.getLong("queued"), rs.getLong("sent"))).single();
    }

    private static String likePrefix(String keyPrefix) {
        return keyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Of the messages of these kinds queued since {@code since}: how many, and how many were delivered. */
    public QueuedAndSent queuedAndSentSince(Collection<String> kinds, Instant since) {
        return jdbc.sql("""
                        select count(*) as queued, count(*) filter (where status = 'SENT') as sent
                          from outbox_message where kind = any(?) and created_at >= ?""")
                .params(kinds.toArray(String[]::new), Timestamp.from(since))
                .query((rs, n) -> new QueuedAndSent(rs.getLong("queued"), rs.getLong("sent"))).single();
    }

    /**
     * The messages about an employee that ended UNCONFIRMED and were not resent yet, oldest first. A resent copy
     * is never offered again, so each message is resent at most once.
     */
    public List<Unconfirmed> unconfirmed() {
        return jdbc.sql("""
                        select m.id, m.kind, m.employee_id, m.created_at from outbox_message m
                         where m.status = 'UNCONFIRMED' and m.employee_id is not null and m.dedupe_key not like 'resend:%'
                           and not exists (select 1 from outbox_message r where r.dedupe_key = 'resend:' || m.id)
                         order by m.created_at, m.id""")
                .query((rs, n) -> new Unconfirmed(rs.getLong("id"), rs.getString("kind"), rs.getLong("employee_id"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Queues a copy of an UNCONFIRMED message (same chat, text and buttons; quiet hours and rate limits as any
     * message), once: false, with nothing queued, when the message is not UNCONFIRMED, is itself a copy, or
     * was resent already. Joins the caller's transaction.
     */
    public boolean resend(long messageId) {
        Instant now = clock.instant();
        boolean queued = jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, employee_id, html, keyboard,
                                                    not_before, created_at)
                        select 'resend:' || m.id, m.kind, m.chat_id, m.employee_id, m.html, m.keyboard, ?, ?
                          from outbox_message m
                         where m.id = ? and m.status = 'UNCONFIRMED' and m.dedupe_key not like 'resend:%'
                        on conflict (dedupe_key) do nothing""")
                .params(Timestamp.from(now), Timestamp.from(now), messageId).update() == 1;
        if (queued) {
            announce(new MessageQueued(RESEND + messageId));
        }
        return queued;
    }

    /**
     * Retention: removes the messages queued before {@code createdBefore} that are finished (sent, given up,
     * unreachable or unconfirmed); returns how many. Joins the caller's transaction.
     */
    public int deleteFinishedBefore(Instant createdBefore) {
        return jdbc.sql("""
                        delete from outbox_message where status in ('SENT', 'FAILED', 'UNREACHABLE', 'UNCONFIRMED')
                           and created_at < ?""")
                .param(Timestamp.from(createdBefore)).update();
    }

    private void announce(MessageQueued event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(event);
                }
            });
        } else {
            events.publishEvent(event);
        }
    }
}
