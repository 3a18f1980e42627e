package id.kinerja.outbox;

import id.kinerja.employee.Employees;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What became of a send, written to its {@code outbox_message} row while the row is still held under the same
 * lease (each returns false when it no longer was). Whether the person can be reached is the employee module's
 * ({@link Employees#markReachable}, {@link Employees#markUnreachable}), written in the same transaction as the
 * outcome that tells it.
 */
@Component
class OutcomeStore {

    private static final String LEASED = " where id = ? and status = 'SENDING' and lease_until = ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Employees employees;

    OutcomeStore(JdbcClient jdbc, PlatformTransactionManager transactionManager, Employees employees) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.employees = employees;
    }

    /** Delivered: a person marked unreachable is reachable again. */
    boolean markSent(ClaimedMessage row, Instant now, int telegramMessageId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean updated = jdbc.sql("""
                            update outbox_message set status = 'SENT', sent_at = ?, telegram_message_id = ?,
                                                      attempts = attempts + 1, lease_until = null""" + LEASED)
                    .params(Timestamp.from(now), telegramMessageId, row.id(), Timestamp.from(row.leaseUntil()))
                    .update() == 1;
            if (updated && row.employeeId() != null) {
                employees.markReachable(row.employeeId());
            }
            return updated;
        }));
    }

    /** Telegram answered with success but unreadably: probably delivered, never sent again. */
    boolean unconfirmed(ClaimedMessage row, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'UNCONFIRMED', attempts = attempts + 1, lease_until = null,
                                                  last_error = ?""" + LEASED)
                .params(truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** A failed attempt that will be tried again at {@code notBefore}. */
    boolean retryLater(ClaimedMessage row, Instant notBefore, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'PENDING', attempts = attempts + 1, not_before = ?,
                                                  lease_until = null, attempted_at = null, last_error = ?""" + LEASED)
                .params(Timestamp.from(notBefore), truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Rate limited (429): back to the queue without counting an attempt. */
    boolean throttled(ClaimedMessage row, Instant notBefore, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'PENDING', not_before = ?, lease_until = null,
                                                  attempted_at = null, last_error = ?""" + LEASED)
                .params(Timestamp.from(notBefore), truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** Given up: rejected by the API or out of attempts. */
    boolean fail(ClaimedMessage row, boolean countAttempt, String error) {
        return jdbc.sql("""
                        update outbox_message set status = 'FAILED', attempts = attempts + ?, lease_until = null,
                                                  last_error = ?""" + LEASED)
                .params(countAttempt ? 1 : 0, truncate(error), row.id(), Timestamp.from(row.leaseUntil()))
                .update() == 1;
    }

    /** The chat cannot be reached: the row is never retried and its employee is marked unreachable. */
    boolean unreachable(ClaimedMessage row, Instant now, String reason) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            boolean updated = jdbc.sql("""
                            update outbox_message set status = 'UNREACHABLE', attempts = attempts + 1,
                                                      lease_until = null, last_error = ?""" + LEASED)
                    .params(truncate(reason), row.id(), Timestamp.from(row.leaseUntil())).update() == 1;
            if (updated && row.employeeId() != null) {
                employees.markUnreachable(row.employeeId(), truncate(reason), now);
            }
            return updated;
        }));
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
