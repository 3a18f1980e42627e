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

    /**
     * Marks a flow that a command interrupted, so the next typed text is answered as meant for that flow
     * rather than as unknown; its data is the left state's name, a newline, and its data.
     */
    static final String LEFT = "LEFT_FLOW";

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

    /** Replaces the data of a state only if it is still exactly {@code expected}; false when it moved on. */
    boolean replace(long telegramUserId, State expected, String data) {
        return jdbc.sql("""
                        update conversation set data = ?
                         where telegram_user_id = ? and state = ? and data = ?""")
                .params(data, telegramUserId, expected.name(), expected.data())
                .update() == 1;
    }

    void markLeft(long telegramUserId, State left) {
        enter(telegramUserId, LEFT, left.name() + "\n" + (left.data() == null ? "" : left.data()));
    }

    /** The flow a {@link #LEFT} marker stands for; empty for any other state. */
    static Optional<State> leftFlow(State state) {
        if (!LEFT.equals(state.name()) || state.data() == null || state.data().indexOf('\n') < 0) {
            return Optional.empty();
        }
        int newline = state.data().indexOf('\n');
        return Optional.of(new State(state.data().substring(0, newline), state.data().substring(newline + 1)));
    }

    boolean clear(long telegramUserId) {
        return jdbc.sql("delete from conversation where telegram_user_id = ?").param(telegramUserId).update() > 0;
    }
}
