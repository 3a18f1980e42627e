package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.support.AppProcess;
import id.kinerja.support.Fixtures;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An evaluation submitted just before the process dies still tells the employee (docs/ARCHITECTURE.md: the event
 * publication registry). The test holds an exclusive lock on {@code outbox_message}, so the notice listener, which
 * runs after the evaluation committed, blocks on its insert; the process is killed with SIGKILL right there. A
 * second process on the same database delivers the outstanding publication: the notice goes out exactly once.
 */
class EvaluationNoticeCrashTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final long KASI = 8101;
    private static final long DEWI = 8102;
    private static final String NOTICE = "telah menilai kinerja Anda";

    private BotApiEmulator telegram;
    private AppProcess first;
    private AppProcess second;

    @AfterEach
    void stopAll() {
        for (AutoCloseable closeable : new AutoCloseable[] {first, second, telegram}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // the next one is still closed
                }
            }
        }
    }

    @Test
    void a_crash_between_the_evaluation_commit_and_its_notice_delivers_the_notice_once_after_restart()
            throws SQLException {
        telegram = BotApiEmulator.start();
        FreshDatabase database = FreshDatabase.create("rel_evaluation_crash");
        first = start("crash-first", database);
        JdbcClient jdbc = database.jdbc();
        Fixtures fixtures = new Fixtures(jdbc);
        long unit = fixtures.unit("Seksi Pemerintahan");
        long kasi = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, null);
        long dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasi);
        LocalDate month = LocalDate.now(JAKARTA).withDayOfMonth(1);
        long period = fixtures.period("CRASH-" + month, month, month.plusMonths(1).minusDays(1),
                month.plusMonths(1).plusDays(6), true);
        linked(jdbc, KASI, kasi, "Ahmad");
        linked(jdbc, DEWI, dewi, "Dewi");

        SentMessage tasks = say(KASI, "/tugas");
        SentMessage card = tapForNewMessage(KASI, tasks, "Dewi Lestari");
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        SentMessage confirm = tapAndAwaitEdit(KASI, feedback, "Lewati");

        try (Connection lock = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password())) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("lock table outbox_message in exclusive mode");
            }
            tapAndAwaitEdit(KASI, confirm, "Kirim");
            assertThat(jdbc.sql("select count(*) from evaluation where employee_id = ? and period_id = ?")
                    .params(dewi, period).query(Integer.class).single()).as("the evaluation committed").isEqualTo(1);
            // the listener ran after the commit and waits for the lock on its insert into the outbox
            await().atMost(TIMEOUT).until(() -> jdbc.sql("""
                            select count(*) from pg_stat_activity
                             where wait_event_type = 'Lock' and query like 'insert into outbox_message%'""")
                    .query(Integer.class).single() == 1);
            first.kill();
            lock.rollback();
        }
        assertThat(evaluatedNotices(jdbc)).as("queued before the crash").isZero();
        assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Integer.class).single()).as("outstanding publications").isEqualTo(1);

        second = start("crash-second", database);
        SentMessage notice = telegram.awaitMessageContaining(DEWI, NOTICE, TIMEOUT);
        assertThat(notice.plainText()).contains("Ahmad Fauzi", "Predikat: Baik");
        assertThat(notice.buttonLabels()).containsExactly("Baca umpan balik", "⚖️ Ajukan keberatan");
        await().atMost(TIMEOUT).until(() -> jdbc.sql("select count(*) from event_publication")
                .query(Integer.class).single() == 0);
        await().atMost(TIMEOUT).until(() -> jdbc.sql("select count(*) from outbox_message where status <> 'SENT'")
                .query(Integer.class).single() == 0);
        assertThat(evaluatedNotices(jdbc)).isEqualTo(1);
        assertThat(telegram.messagesIn(DEWI)).filteredOn(m -> m.plainText().contains(NOTICE)).hasSize(1);
    }

    private AppProcess start(String name, FreshDatabase database) {
        return AppProcess.named(name).telegram(BotApiEmulator.TOKEN, telegram.baseUrl())
                .database(database.jdbcUrl(), database.username(), database.password()).polling()
                .start().awaitHealthy(Duration.ofSeconds(120));
    }

    private void linked(JdbcClient jdbc, long userId, long employeeId, String firstName) {
        telegram.registerUser(userId, firstName, "id");
        jdbc.sql("update employee set telegram_user_id = ?, linked_at = now() where id = ?")
                .params(userId, employeeId).update();
        jdbc.sql("""
                        insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                        values (?, 'id', now(), now())""").param(userId).update();
    }

    private static int evaluatedNotices(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from outbox_message where kind = 'EVALUATED'").query(Integer.class).single();
    }

    private SentMessage say(long userId, String text) {
        int before = telegram.messageCount(userId);
        telegram.sendText(userId, text);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    private SentMessage tapForNewMessage(long userId, SentMessage message, String label) {
        int before = telegram.messageCount(userId);
        telegram.tapButton(userId, message, label);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    private SentMessage tapAndAwaitEdit(long userId, SentMessage message, String label) {
        long update = telegram.tapButton(userId, message, label);
        telegram.awaitCallbackAnswerFor(update, TIMEOUT);
        return telegram.awaitMessage(message.chatId(), m -> m.messageId() == message.messageId()
                && !(m.plainText().equals(message.plainText()) && m.keyboard().equals(message.keyboard())), TIMEOUT);
    }
}
