package id.kinerja.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.account.LinkCode;
import id.kinerja.playground.emulator.ApiCall;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.WebhookDelivery;
import id.kinerja.support.AppProcess;
import id.kinerja.support.Fixtures;
import id.kinerja.support.TestDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application processes in webhook mode on one database, behind the emulator playing the load balancer (round
 * robin). Both run a Quartz scheduler with a reminder tick every second and the outbox dispatcher.
 * The last test kills one of them with SIGKILL in the middle of a fan-out.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final String PATH = "/telegram/webhook";
    private static final String SECRET = "two-instances_" + Long.toHexString(System.nanoTime());
    private static final String TICK = "Calling execute on job kinerja.reminder-tick";
    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final int MAX_IN_FLIGHT = 16;

    private static BotApiEmulator telegram;
    private static JdbcClient jdbc;
    private static Fixtures fixtures;
    private static AppProcess a;
    private static AppProcess b;

    @BeforeAll
    static void startTwoInstances() {
        telegram = BotApiEmulator.start();
        FreshDatabase database = FreshDatabase.create("rel_two_instances");
        jdbc = database.jdbc();
        Path noHolidays = TestDatabase.freshDirectory();
        List<AppProcess> started = new ArrayList<>();
        for (String name : List.of("instance-a", "instance-b")) {
            started.add(AppProcess.named(name).telegram(BotApiEmulator.TOKEN, telegram.baseUrl())
                    .database(database.jdbcUrl(), database.username(), database.password())
                    // both register the load balancer's address
                    .webhook("https://bot.example.test" + PATH, SECRET)
                    .quartz(true)
                    // each its own scheduler, so both fire every tick: both plan the same slot at the same moment
                    // (one clustered scheduler would fire each tick on one instance only)
                    .property("spring.quartz.scheduler-name", "kinerja-" + name)
                    .property("kinerja.reminders.tick-cron", "* * * * * ?")
                    .property("kinerja.reminders.prompt-time", "00:00")
                    .property("kinerja.calendar.working-days",
                            "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY")
                    .property("kinerja.calendar.holidays-dir", noHolidays.toString())
                    .property("kinerja.outbox.lease", "5s")
                    .property("kinerja.outbox.max-in-flight", String.valueOf(MAX_IN_FLIGHT))
                    .property("logging.level.org.quartz.core.JobRunShell", "DEBUG")
                    .start());
        }
        a = started.get(0).awaitHealthy(Duration.ofSeconds(120));
        b = started.get(1).awaitHealthy(Duration.ofSeconds(120));
        fixtures = new Fixtures(jdbc);
        telegram.deliverTo(List.of(a.uri(PATH), b.uri(PATH)), SECRET);
    }

    @AfterAll
    static void stopAll() {
        for (AutoCloseable closeable : new AutoCloseable[] {a, b, telegram}) {
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
    @Order(1)
    void both_instances_registered_the_same_webhook() {
        assertThat(telegram.calls("setWebhook")).hasSize(2).allSatisfy(call -> {
            assertThat(call.ok()).isTrue();
            assertThat(call.params().path("url").asText()).isEqualTo("https://bot.example.test" + PATH);
            assertThat(call.params().path("secret_token").asText()).isEqualTo(SECRET);
        });
    }

    @Test
    @Order(2)
    void a_conversation_goes_on_when_its_next_message_reaches_the_other_instance() {
        long unit = fixtures.unit("Kecamatan Medan Kota");
        long siti = fixtures.employee("Siti Aminah", "Analis Kepegawaian", unit, null);
        String code = "KQ7M2XWP4RTB";
        jdbc.sql("""
                        insert into link_code (employee_id, code_hash, created_at, expires_at)
                        values (?, ?, now(), now() + interval '1 day')""")
                .params(siti, LinkCode.hash(code)).update();
        telegram.registerUser(6001, "Siti", "id");

        long askForCode = telegram.sendText(6001, "/tautkan");
        assertThat(telegram.awaitMessageCount(6001, 1, TIMEOUT).plainText()).contains("kode tautan");
        long typedCode = telegram.sendText(6001, code);
        assertThat(telegram.awaitMessageCount(6001, 2, TIMEOUT).plainText())
                .contains("Akun berhasil ditautkan", "Siti Aminah");

        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
        assertThat(acceptedBy(typedCode)).as("the code step was handled by the other instance")
                .isNotEqualTo(acceptedBy(askForCode));
        assertThat(jdbc.sql("select telegram_user_id from employee where id = ?").param(siti).query(Long.class)
                .single()).isEqualTo(6001L);
    }

    @Test
    @Order(3)
    void an_update_delivered_to_both_instances_is_answered_once() {
        telegram.registerUser(6002, "Budi", "id");
        telegram.registerUser(6003, "Cici", "id");
        double duplicatesBefore = duplicates();

        // handled first by one instance, then sent to both at once
        long handled = telegram.sendText(6002, "/start");
        telegram.awaitMessageCount(6002, 1, TIMEOUT);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);
        assertThat(telegram.redeliverToAll(handled)).containsExactly(200, 200);

        // a fresh update reaching both instances at the same moment, then its own delivery as well
        telegram.pauseWebhookDelivery(true);
        long fresh = telegram.sendText(6003, "/start");
        assertThat(telegram.redeliverToAll(fresh)).containsExactly(200, 200);
        telegram.pauseWebhookDelivery(false);
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(telegram.messageCount(6002)).isEqualTo(1);
        assertThat(telegram.messageCount(6003)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from processed_update where update_id in (?, ?)")
                .params(handled, fresh).query(Integer.class).single()).isEqualTo(2);
        // 2 copies of the handled update + 1 of the two simultaneous copies + the fresh update's own delivery
        assertThat(duplicates() - duplicatesBefore).isEqualTo(4);
    }

    @Test
    @Order(4)
    void every_reminder_slot_produces_one_message_while_both_schedulers_tick() {
        LocalDate today = LocalDate.now(JAKARTA);
        long unit = fixtures.unit("Kecamatan Medan Barat");
        long[] supervisors = new long[2];
        long[] chats = {7001, 7002};
        for (int i = 0; i < 2; i++) {
            supervisors[i] = fixtures.employee("Kepala Seksi " + (i + 1), "Kasi", unit, null);
            for (int s = 1; s <= 2; s++) {
                fixtures.employee("Staf " + (i + 1) + "." + s, "Staf", unit, supervisors[i]);
            }
            jdbc.sql("update employee set telegram_user_id = ?, linked_at = now() where id = ?")
                    .params(chats[i], supervisors[i]).update();
            jdbc.sql("""
                            insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                            values (?, 'id', now(), now())""").param(chats[i]).update();
            telegram.registerUser(chats[i], "Kepala " + (i + 1), "id");
        }
        int ticksBefore = ticks(a) + ticks(b);
        // due today: the deadline prompt is due now (prompt time 00:00, every day a working day)
        fixtures.period("REL-" + today, today.withDayOfMonth(1), today, today, true);

        for (long chat : chats) {
            assertThat(telegram.awaitMessageCount(chat, 1, TIMEOUT).plainText())
                    .contains("periode " + java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy",
                            java.util.Locale.forLanguageTag("id-ID")).format(today), "belum Anda nilai: 2");
        }
        int ticksOfAAtFirstPrompt = ticks(a);
        int ticksOfBAtFirstPrompt = ticks(b);
        await().atMost(TIMEOUT).until(() -> ticks(a) >= ticksOfAAtFirstPrompt + 3
                && ticks(b) >= ticksOfBAtFirstPrompt + 3);

        System.out.printf("reminder ticks while the test ran: %d (instance A %d, B %d)%n",
                ticks(a) + ticks(b) - ticksBefore, ticks(a), ticks(b));
        for (long chat : chats) {
            assertThat(telegram.messageCount(chat)).as("prompts in chat %d", chat).isEqualTo(1);
        }
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'prompt:%'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(queued(a) + queued(b)).as("prompts the planners of both instances reported queued").isEqualTo(2);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_fan_out_survives_one_instance_killed_with_sigkill_half_way() {
        int total = 300;
        long firstChat = 80_001;
        for (long chat = firstChat; chat < firstChat + total; chat++) {
            telegram.registerUser(chat, "Pegawai " + chat, "id");
        }
        telegram.delayResponses(Duration.ofMillis(30));
        jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, html, not_before, created_at)
                        select 'fanout:' || n, 'TEST', ? + n, 'Pengumuman nomor ' || n, now(), now()
                          from generate_series(0, ? - 1) n""")
                .params(firstChat, total).update();

        await().atMost(Duration.ofSeconds(30)).until(() -> fanOutSends(firstChat, total).size() >= total / 2);
        double sentByA = Prometheus.sum(a, "kinerja_outbox_sends_total{outcome=\"ok\"");
        Instant killedAt = Instant.now();
        a.kill();
        int sentAtKill = fanOutSends(firstChat, total).size();
        int leasedAtKill = jdbc.sql("select count(*) from outbox_message where status = 'SENDING'")
                .query(Integer.class).single();

        // B sends what A had not handed to Telegram; rows A was sending when it died become UNCONFIRMED
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                        select count(*) from outbox_message
                         where dedupe_key like 'fanout:%' and status in ('SENT', 'UNCONFIRMED')""")
                .query(Integer.class).single() == total);
        Duration toFinish = Duration.between(killedAt, Instant.now());
        List<Long> unconfirmed = jdbc.sql("""
                        select chat_id from outbox_message
                         where dedupe_key like 'fanout:%' and status = 'UNCONFIRMED'""")
                .query(Long.class).list();

        long lost = 0;
        long duplicates = 0;
        List<Long> lostChats = new ArrayList<>();
        for (long chat = firstChat; chat < firstChat + total; chat++) {
            int received = telegram.messageCount(chat);
            if (received == 0) {
                lost++;
                lostChats.add(chat);
            } else if (received > 1) {
                duplicates += received - 1;
            }
        }
        long unconfirmedArrived = unconfirmed.stream().filter(chat -> telegram.messageCount(chat) == 1).count();
        System.out.printf("fan-out of %d killed after %d sends (%s by A, %d leased rows at the kill): finished %d ms "
                        + "after the kill; lost %d, duplicates %d, unconfirmed %d (of which arrived %d)%n", total,
                sentAtKill, sentByA, leasedAtKill, toFinish.toMillis(), lost, duplicates, unconfirmed.size(),
                unconfirmedArrived);

        assertThat(sentByA).as("instance A took part in the fan-out").isPositive();
        assertThat(duplicates).as("messages sent twice").isZero();
        // A request A had committed as attempted but not yet written when it died cannot arrive, and nothing can
        // tell it from one that did (the Bot API has no idempotency key). Such a row is UNCONFIRMED, counted
        // and logged: never lost silently. Every row that was not in flight at the kill is SENT exactly once.
        assertThat(unconfirmed).as("rows in flight when A died").hasSizeLessThanOrEqualTo(MAX_IN_FLIGHT);
        assertThat(lostChats).as("messages that never arrived are the unconfirmed ones")
                .isSubsetOf(unconfirmed);
        assertThat(Prometheus.sum(b, "kinerja_outbox_sends_total{outcome=\"unconfirmed\""))
                .isEqualTo(unconfirmed.size());
        assertThat(b.isAlive()).isTrue();
        assertThat(jdbc.sql("select count(*) from outbox_message where status in ('FAILED', 'UNREACHABLE')")
                .query(Integer.class).single()).isZero();
    }

    private static List<ApiCall> fanOutSends(long firstChat, int total) {
        return telegram.calls("sendMessage").stream().filter(ApiCall::ok).filter(call -> {
            long chat = call.params().path("chat_id").asLong();
            return chat >= firstChat && chat < firstChat + total;
        }).toList();
    }

    private static URI acceptedBy(long updateId) {
        return telegram.webhookDeliveries().stream().filter(d -> d.updateId() == updateId && d.accepted())
                .map(WebhookDelivery::target).findFirst().orElseThrow();
    }

    private static double duplicates() {
        String metric = "kinerja_updates_seconds_count{kind=\"message\",outcome=\"duplicate\"";
        return Prometheus.sum(a, metric) + Prometheus.sum(b, metric);
    }

    private static int queued(AppProcess app) {
        java.util.regex.Pattern queued = java.util.regex.Pattern.compile("queued (\\d+) deadline prompt");
        return app.log().lines().map(queued::matcher).filter(java.util.regex.Matcher::find)
                .mapToInt(m -> Integer.parseInt(m.group(1))).sum();
    }

    private static int ticks(AppProcess app) {
        return (int) app.log().lines().filter(line -> line.contains(TICK)).count();
    }
}
