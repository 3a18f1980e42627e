package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Queues messages for the dispatcher; joins the caller's transaction, so what is decided is queued. */
@Service
public class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        return jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, employee_id, html, keyboard,
                                                    not_before, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (dedupe_key) do nothing""")
                .params(message.dedupeKey(), message.kind(), message.chatId(), message.employeeId(), message.html(),
                        KeyboardJson.write(message.keyboard()),
                        Timestamp.from(message.notBefore() == null ? clock.instant() : message.notBefore()),
                        Timestamp.from(clock.instant()))
                .update() == 1;
    }
}
