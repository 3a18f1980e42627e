package id.kinerja.outbox;

import id.kinerja.employee.Employees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A personal message (one with an employee) goes to the chat linked to that employee when it is sent, not to the
 * one linked when it was queued: after an unlink it is dropped (FAILED, never sent), after a re-link it follows
 * the person to the new chat. The one place the outbox asks who is linked where, through the employee module's
 * {@link Employees#linkedChats} (one statement per claim, and none when no row is personal). Only the rows a
 * claim takes up are looked at: a row waiting behind the quiet hours or a busy chat is followed when its turn
 * comes, still before it is sent.
 */
@Component
class LinkedChats {

    static final String UNLINKED = "not sent: its recipient is no longer linked to Telegram";

    private final JdbcClient jdbc;
    private final Employees employees;

    LinkedChats(JdbcClient jdbc, Employees employees) {
        this.jdbc = jdbc;
        this.employees = employees;
    }

    /**
     * Drops the rows whose recipient is no longer linked and moves those whose recipient is linked to another
     * chat now. The rows are due and locked by the caller's claim transaction. True when any row changed: what
     * the claim chose was decided on stale chats and must be chosen again.
     */
    boolean follow(List<ClaimedMessage> rows) {
        Set<Long> employeeIds = rows.stream().map(ClaimedMessage::employeeId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (employeeIds.isEmpty()) {
            return false;
        }
        Map<Long, Long> linked = employees.linkedChats(employeeIds);
        List<Long> dropped = new ArrayList<>();
        List<Long> moved = new ArrayList<>();
        List<Long> movedTo = new ArrayList<>();
        for (ClaimedMessage row : rows) {
            if (row.employeeId() == null) {
                continue;
            }
            Long chat = linked.get(row.employeeId());
            if (chat == null) {
                dropped.add(row.id());
            } else if (chat != row.chatId()) {
                moved.add(row.id());
                movedTo.add(chat);
            }
        }
        if (!dropped.isEmpty()) {
            jdbc.sql("update outbox_message set status = 'FAILED', lease_until = null, last_error = ? where id = any(?)")
                    .params(UNLINKED, dropped.toArray(Long[]::new)).update();
        }
        if (!moved.isEmpty()) {
            jdbc.sql("""
                            update outbox_message m set chat_id = r.chat_id
                              from unnest(?::bigint[], ?::bigint[]) as r(id, chat_id)
                             where m.id = r.id""")
                    .params(moved.toArray(Long[]::new), movedTo.toArray(Long[]::new)).update();
        }
        return !dropped.isEmpty() || !moved.isEmpty();
    }
}
