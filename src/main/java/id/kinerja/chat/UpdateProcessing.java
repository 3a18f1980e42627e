package id.kinerja.chat;

import id.kinerja.account.TelegramAccounts;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The update pipeline: each update is handled at most once. Its {@code update_id} is recorded in
 * the same transaction as its effects, so a redelivered update does nothing; replies are sent only
 * after that transaction commits. A failure in handling is logged with the update id and the user
 * gets a short apology; a database outage is thrown to the transport, which retries the update.
 */
@Service
public class UpdateProcessing {

    private static final Logger log = LoggerFactory.getLogger(UpdateProcessing.class);

    private final TransactionTemplate transaction;
    private final TurnContexts contexts;
    private final ChatRouter router;
    private final ReplySender sender;
    private final Texts texts;
    private final TelegramAccounts accounts;
    private final UpdateMetrics metrics;
    private final boolean oneChatAtATime;

    /**
     * @param oneChatAtATime serialize the updates of one chat in the database: needed in webhook mode, where
     *                       Telegram may post two updates of a chat at once, to one instance or to two; polling
     *                       already hands a chat's updates to one lane, in order
     */
    UpdateProcessing(TransactionTemplate transaction, TurnContexts contexts, ChatRouter router,
                     ReplySender sender, Texts texts, TelegramAccounts accounts, UpdateMetrics metrics,
                     @Value("#{'${kinerja.telegram.mode:polling}' == 'webhook'}") boolean oneChatAtATime) {
        this.transaction = transaction;
        this.contexts = contexts;
        this.router = router;
        this.sender = sender;
        this.texts = texts;
        this.accounts = accounts;
        this.metrics = metrics;
        this.oneChatAtATime = oneChatAtATime;
    }

    public void process(Incoming incoming) {
        long started = System.nanoTime();
        String outcome = "ok";
        List<Reply> replies;
        try {
            replies = transaction.execute(status -> {
                if (oneChatAtATime) {
                    contexts.waitForChat(incoming);
                }
                return contexts.firstDelivery(incoming).map(context -> router.route(incoming, context)).orElse(null);
            });
            if (replies == null) {
                outcome = "duplicate";
            }
        } catch (RuntimeException e) {
            if (isDatabaseOutage(e)) {
                metrics.handled(incoming, "database_unavailable", started);
                throw e;
            }
            log.error("Handling update {} failed", incoming.updateId(), e);
            outcome = "error";
            // the failed transaction rolled back, update id included: record it again with the apology
            replies = transaction.execute(status -> contexts.recordDelivery(incoming) ? apology(incoming) : null);
        }
        if (replies != null && !replies.isEmpty()) {
            sender.send(replies);
        }
        metrics.handled(incoming, outcome, started);
    }

    /** Whether the failure means the database is unreachable (retry later) rather than a bug. */
    public static boolean isDatabaseOutage(Throwable e) {
        if (e instanceof CannotGetJdbcConnectionException || e instanceof CannotCreateTransactionException
                || e instanceof TransientDataAccessException || e instanceof RecoverableDataAccessException
                || e instanceof DataAccessResourceFailureException) {
            return true;
        }
        // a connection that broke mid-transaction also fails the rollback, and that exception replaces the first
        if (e instanceof TransactionSystemException failed && failed.getApplicationException() != null
                && isDatabaseOutage(failed.getApplicationException())) {
            return true;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true; // connection exception, or the server shutting down
            }
        }
        return false;
    }

    private List<Reply> apology(Incoming incoming) {
        Language language = accounts.seen(incoming.from().userId(), incoming.from().languageCode());
        String text = texts.get(language, "error");
        if (incoming instanceof Incoming.ButtonTap tap) {
            return List.of(new Reply.AnswerButton(tap.callbackQueryId(), text, true));
        }
        return List.of(new Reply.SendText(incoming.chat().chatId(), text, Keyboard.NONE));
    }
}
