package id.kinerja.chat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each account is in a multi-step conversation; in the database, so a restart resumes it. */
@Repository
class ConversationStore {

    record State(String name, String data) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ConversationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<State> current(long telegramUserId) {
        return jdbc.sql("select state, data from conversation where telegram_user_id = ?")
                .param(telegramUserId)
                .query((rs, n) -> new State(rs.getString("state"), rs.getString("data")))
                .optional();
    }

    void enter(long telegramUserId, String state, String data) {
        jdbc.sql("""
                        insert into conversation (telegram_user_id, state, data, updated_at) values (?, ?, ?, ?)
                        on conflict (telegram_user_id) do update
                           set state = excluded.state, data = excluded.data, updated_at = excluded.updated_at""")
                .params(telegramUserId, state, data, Timestamp.from(clock.instant()))
                .update();
    }

    boolean clear(long telegramUserId) {
        return jdbc.sql("delete from conversation where telegram_user_id = ?").param(telegramUserId).update() > 0;
    }
}
