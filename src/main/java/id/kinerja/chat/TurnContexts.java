package id.kinerja.chat;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.text.Language;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The start of every update, in one round trip since every update pays for it: records the update id
 * (so a redelivered update does nothing; it commits with the update's effects), and on the first
 * delivery only marks the account seen and reads its language, the linked employee and the
 * conversation state.
 */
@Repository
class TurnContexts {

    /**
     * Every data-modifying CTE runs to completion whether or not anything reads it: the account is
     * upserted from the rows of {@code delivery}, so a redelivery (no row returned) leaves it alone, and
     * the query then has no row either. The rest is read from the statement's snapshot; the account's
     * own change is only visible through {@code returning}.
     */
    private static final String FIRST_DELIVERY = """
            with delivery as (
                insert into processed_update (update_id, processed_at) values (:update, :now)
                on conflict do nothing
                returning update_id
            ), account as (
            %s
            )
            select a.language, me.*, c.state as conversation_state, c.data as conversation_data
              from account a
              left join lateral (%s) me on true
              left join conversation c on c.telegram_user_id = :telegramUser"""
            .formatted(TelegramAccounts.SEEN.formatted(
                    "select :telegramUser, :telegramLanguage, :now, :now from delivery"),
                    Employees.LINKED_TO_TELEGRAM_USER);

    private final JdbcClient jdbc;
    private final Clock clock;

    TurnContexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The context to route the update in, or empty when it was delivered before (do nothing then). */
    Optional<TurnContext> firstDelivery(Incoming incoming) {
        if (incoming.chat().kind() == Incoming.ChatKind.CHANNEL) {
            return recordDelivery(incoming) ? Optional.of(TurnContext.CHANNEL) : Optional.empty();
        }
        return jdbc.sql(FIRST_DELIVERY)
                .param("update", incoming.updateId())
                .param("now", Timestamp.from(clock.instant()))
                .param("telegramUser", incoming.from().userId())
                .param("telegramLanguage", TelegramAccounts.telegramLanguage(incoming.from()))
                .query(TurnContexts::context)
                .optional();
    }

    /**
     * Waits until no other transaction handles an update of this chat, and keeps it that way until this
     * transaction ends: two taps on one step of a conversation then see each other's effects, so the second is
     * stale instead of applied twice. Its own statement: the context is read after the lock is held. The lock's
     * key is the chat id (advisory locks of one database; nothing else here takes them by a chat's id).
     */
    void waitForChat(Incoming incoming) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(incoming.chat().chatId()).query().singleRow();
    }

    /** Records the update id alone; false when it was recorded before. */
    boolean recordDelivery(Incoming incoming) {
        return jdbc.sql("insert into processed_update (update_id, processed_at) values (?, ?) on conflict do nothing")
                .params(incoming.updateId(), Timestamp.from(clock.instant()))
                .update() == 1;
    }

    private static TurnContext context(ResultSet rs, int row) throws SQLException {
        Optional<Employee> me = rs.getObject("id") == null ? Optional.empty() : Optional.of(Employees.map(rs, row));
        String state = rs.getString("conversation_state");
        Optional<ConversationStore.State> conversation = state == null ? Optional.empty()
                : Optional.of(new ConversationStore.State(state, rs.getString("conversation_data")));
        return new TurnContext(Language.fromCode(rs.getString("language")), me, conversation);
    }
}
