package id.kinerja.bench;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.support.AppProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.flywaydb.core.Flyway;

/**
 * The application in a child JVM, default outbox settings, dispatching one message to each of many chats; it is
 * killed with SIGKILL once about half have reached the emulator and started again. Rows it had leased but not
 * handed to Telegram come back when their lease expires; rows it was sending become UNCONFIRMED and are not sent
 * again. Afterwards every chat should hold exactly one message.
 */
final class CrashRun {

    /** duplicatesSentBeforeKillMs: for each chat that got a message twice, how long before the kill the first copy
     *  reached the emulator. */
    record Result(int messages, int deliveredBeforeKill, Deliveries deliveries, long notFinished, long unconfirmed,
                  long unconfirmedArrived, int http429, double seconds,
                  java.util.List<Double> duplicatesSentBeforeKillMs) {}

    private final String adminUrl;
    private final String url;
    private final Path dataDir;
    private final String password;

    CrashRun(int postgresPort, String password, Path dataDir) {
        this.password = password;
        this.adminUrl = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/postgres";
        this.url = "jdbc:postgresql://127.0.0.1:" + postgresPort + "/kinerja_crash";
        this.dataDir = dataDir;
    }

    Result run(int messages, long firstChat, Duration timeout) throws SQLException {
        long started = System.nanoTime();
        try (BotApiEmulator telegram = BotApiEmulator.start()) {
            telegram.registerUsers(firstChat, messages, "id");
            telegram.enforceRateLimits(true);
            long deadline = System.nanoTime() + timeout.toNanos();
            int atKill;
            long killed;
            try (AppProcess first = child("bench-crash-1", telegram).start()) {
                while ((atKill = telegram.totalMessageCount()) < messages / 2) {
                    requireBefore(deadline, first, "half of the messages sent");
                    LockSupport.parkNanos(5_000_000);
                }
                first.kill();
                killed = System.nanoTime();
                atKill = telegram.totalMessageCount();
            }
            long open;
            try (AppProcess second = child("bench-crash-2", telegram).start()) {
                while ((open = unfinished()) > 0) {
                    requireBefore(deadline, second, "all messages sent after the restart");
                    LockSupport.parkNanos(250_000_000L);
                }
                LockSupport.parkNanos(1_000_000_000L); // a late duplicate would show up here
            }
            java.util.List<Double> duplicates = new java.util.ArrayList<>();
            for (long chat = firstChat; chat < firstChat + messages; chat++) {
                long[] times = telegram.messageNanos(chat);
                if (times.length > 1) {
                    duplicates.add(Math.round((killed - times[0]) / 1e5) / 10.0);
                }
            }
            java.util.List<Long> unconfirmed = unconfirmedChats();
            long arrived = unconfirmed.stream().filter(chat -> telegram.messageCount(chat) > 0).count();
            return new Result(messages, atKill, Deliveries.count(telegram, firstChat, messages), open,
                    unconfirmed.size(), arrived, telegram.tooManyRequestsServed(), (System.nanoTime() - started) / 1e9,
                    duplicates);
        }
    }

    private AppProcess.Builder child(String name, BotApiEmulator telegram) {
        AppProcess.Builder builder = AppProcess.named(name).telegram(telegram.token(), telegram.baseUrl())
                .database(url, "postgres", password).polling().env("KINERJA_DATA_DIR", dataDir.toString());
        String lease = System.getProperty("bench.crash-lease"); // only to iterate faster; default: the app's own
        return lease == null ? builder : builder.property("kinerja.outbox.lease", lease);
    }

    private void requireBefore(long deadline, AppProcess app, String what) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("crash run: timed out waiting for " + what + "; " + app + " log:\n"
                    + app.logTail(40));
        }
        if (!app.isAlive()) {
            throw new IllegalStateException("crash run: " + app + " exited; log:\n" + app.logTail(60));
        }
    }

    /** Its own database (CREATE DATABASE forces a checkpoint: done before anything is measured), rows queued. */
    CrashRun prepare(int messages, long firstChat) throws SQLException {
        try (Connection admin = DriverManager.getConnection(adminUrl, "postgres", password);
             Statement statement = admin.createStatement()) {
            statement.execute("create database kinerja_crash");
        }
        Flyway.configure().dataSource(url, "postgres", password).locations("classpath:db/migration").load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox_message (dedupe_key, kind, chat_id, html, not_before, created_at)
                     select 'crash:' || i, 'BENCH', ? + i, 'Pesan <b>' || i || '</b>', now(), now()
                       from generate_series(0, ? - 1) i""")) {
            insert.setLong(1, firstChat);
            insert.setInt(2, messages);
            insert.executeUpdate();
        }
        return this;
    }

    /** Chats of rows the killed child was sending: never sent again (UNCONFIRMED). */
    private java.util.List<Long> unconfirmedChats() throws SQLException {
        java.util.List<Long> chats = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select chat_id from outbox_message where status = 'UNCONFIRMED'")) {
            while (rs.next()) {
                chats.add(rs.getLong(1));
            }
        }
        return chats;
    }

    private long unfinished() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select count(*) from outbox_message where status in ('PENDING', 'SENDING')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
