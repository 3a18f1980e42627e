package id.kinerja.chat;

import id.kinerja.account.TelegramAccounts;
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
 * The start of every update: records the update id (so a redelivered update does nothing; it commits with
 * the update's effects), and on the first delivery only reads the conversation state, marks the account
 * seen and reads its language ({@link TelegramAccounts}) and the linked employee ({@link Employees}).
 */
@Repository
class TurnContexts {

    /** The conversation state, in one statement with recording the update id: no row for a redelivery. */
    private static final String FIRST_DELIVERY = """
            with delivery as (
                insert into processed_update (update_id, processed_at) values (:update, :now)
                on conflict do nothing
                returning update_id
            )
            select c.state as conversation_state, c.data as conversation_data
              from delivery
              left join conversation c on c.telegram_user_id = :telegramUser""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TelegramAccounts accounts;
    private final Employees employees;

    TurnContexts(JdbcClient jdbc, Clock clock, TelegramAccounts accounts, Employees employees) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accounts = accounts;
        this.employees = employees;
    }

    /** The context to route the update in, or empty when it was delivered before (do nothing then). */
    Optional<TurnContext> firstDelivery(Incoming incoming) {
        if (incoming.chat().kind() == Incoming.ChatKind.CHANNEL) {
            return recordDelivery(incoming) ? Optional.of(TurnContext.CHANNEL) : Optional.empty();
        }
        long telegramUser = incoming.from().userId();
        Optional<Optional<ConversationStore.State>> conversation = jdbc.sql(FIRST_DELIVERY)
                .param("update", incoming.updateId())
                .param("now", Timestamp.from(clock.instant()))
                .param("telegramUser", telegramUser)
                .query(TurnContexts::conversation)
                .optional();
        if (conversation.isEmpty()) {
            return Optional.empty();
        }
        Language language = accounts.seen(telegramUser, incoming.from().languageCode());
        return Optional.of(new TurnContext(language, employees.byTelegramUser(telegramUser), conversation.get()));
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

    private static Optional<ConversationStore.State> conversation(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("conversation_state");
        return state == null ? Optional.empty()
                : Optional.of(new ConversationStore.State(state, rs.getString("conversation_data")));
    }
}
