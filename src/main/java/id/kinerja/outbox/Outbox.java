package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages for the dispatcher; joins the caller's transaction, so what is decided is queued. Once the
 * message is committed, a {@link MessageQueued} event wakes the dispatcher, so it goes out without waiting for
 * the next poll.
 */
@Service
public class Outbox {

    /** Published after a message was queued and committed. */
    public record MessageQueued(String dedupeKey) {}

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
