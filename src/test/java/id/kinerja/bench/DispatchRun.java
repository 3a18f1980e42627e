package id.kinerja.bench;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One message to each of many chats, queued through the outbox as the planners queue them, sent by the running
 * application's dispatcher at its configured rate while the emulator enforces Telegram's limits.
 */
final class DispatchRun {

    record Result(int messages, double configuredPerSecond, double achievedPerSecond, int http429,
                  Deliveries deliveries, long notFinished, double seconds) {
        double efficiency() {
            return achievedPerSecond / configuredPerSecond;
        }
    }

    private final BotApiEmulator telegram;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    DispatchRun(BotApiEmulator telegram, Outbox outbox, TransactionTemplate transaction, JdbcClient jdbc) {
        this.telegram = telegram;
        this.outbox = outbox;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** Queues the messages (from a background thread, so the caller can do something else meanwhile). */
    Thread start(long firstChat, int messages, long[] startedNanos) {
        telegram.registerUsers(firstChat, messages, "id");
        telegram.enforceRateLimits(true);
        startedNanos[0] = System.nanoTime();
        Thread queueing = new Thread(() -> {
            for (int from = 0; from < messages; from += 100) {
                int first = from;
                transaction.executeWithoutResult(status -> {
                    for (int i = first; i < Math.min(messages, first + 100); i++) {
                        outbox.enqueue(new OutgoingMessage("BENCH", "bench:" + i, firstChat + i, null,
                                "Pengingat <b>" + (i + 1) + "</b>: penilaian kinerja menunggu Anda.", Keyboard.NONE,
                                null));
                    }
                });
            }
        }, "bench-enqueue");
        queueing.start();
        return queueing;
    }

    Result finish(Thread queueing, long firstChat, int messages, double configuredPerSecond, long startedNanos,
                  int http429Before, Duration timeout) throws InterruptedException {
        queueing.join();
        long deadline = System.nanoTime() + timeout.toNanos();
        long open;
        while ((open = unfinished()) > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(250_000_000L);
        }
        Deliveries deliveries = Deliveries.count(telegram, firstChat, messages);
        double seconds = (deliveries.lastNanos() - startedNanos) / 1e9;
        int http429 = telegram.tooManyRequestsServed() - http429Before;
        telegram.enforceRateLimits(false);
        return new Result(messages, configuredPerSecond, deliveries.delivered() / seconds, http429, deliveries, open,
                seconds);
    }

    private long unfinished() {
        return jdbc.sql("select count(*) from outbox_message where status in ('PENDING', 'SENDING')")
                .query(Long.class).single();
    }
}
