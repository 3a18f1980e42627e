package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.chat.UpdateProcessing;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the update pipeline counts as the database being away (retry the update later) rather than a failure of
 * handling it (apologise and record it as handled). Seen in {@link PollingFaultsTest}: PostgreSQL stopped under a
 * pooled connection breaks the statement, the rollback fails too, and the rollback's exception is what is thrown.
 */
class DatabaseOutageTest {

    @Test
    void a_failed_rollback_after_a_broken_connection_is_an_outage() {
        var broken = new DataAccessResourceFailureException("An I/O error occurred while sending to the backend.");
        var rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed", "08003"));
        rollback.initApplicationException(broken);

        assertThat(UpdateProcessing.isDatabaseOutage(rollback)).isTrue();
    }

    @Test
    void connection_and_shutdown_sql_states_anywhere_in_the_causes_are_an_outage() {
        assertThat(UpdateProcessing.isDatabaseOutage(new TransactionSystemException("JDBC commit failed",
                new SQLException("This connection has been closed.", "08003")))).isTrue();
        assertThat(UpdateProcessing.isDatabaseOutage(new IllegalStateException("wrapped",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void a_bug_or_a_constraint_violation_is_not_an_outage() {
        assertThat(UpdateProcessing.isDatabaseOutage(new IllegalStateException("bug"))).isFalse();
        assertThat(UpdateProcessing.isDatabaseOutage(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("odd", "XX000"));
        rollback.initApplicationException(new IllegalStateException("bug"));
        assertThat(UpdateProcessing.isDatabaseOutage(rollback)).isFalse();
    }
}
