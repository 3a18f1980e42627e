package id.kinerja.support;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For race tests: waiting until some statement of the test database waits for a lock another transaction holds. */
public final class LockWaits {

    private LockWaits() {}

    /**
     * Returns once a backend of the current database waits for a lock, or {@code work} has finished (it did not
     * need to wait); fails after 10 seconds of neither.
     */
    public static void awaitSomeoneWaitingForALock(JdbcClient jdbc, Future<?> work, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            long waiting = jdbc.sql("""
                    select count(*) from pg_stat_activity
                     where datname = current_database() and wait_event_type = 'Lock'""").query(Long.class).single();
            if (waiting > 0 || work.isDone()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(what + " never waited for the period lock");
    }
}
