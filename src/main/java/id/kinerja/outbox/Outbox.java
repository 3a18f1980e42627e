package id.kinerja.outbox;

import java.sql.Timestamp;
import java.time.Clock;
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
