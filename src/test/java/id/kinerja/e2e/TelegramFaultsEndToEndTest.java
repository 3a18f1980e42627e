package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.ApiCall;
import id.kinerja.playground.emulator.BotApiEmulator.GatewayFault;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.text.Keyboard;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Telegram faltering the way real gateways do (an HTML 502, a 500, a long 429, an answer that is not JSON):
 * nothing the bot says is lost, edits and files are retried or replaced, and a queued personal message goes
 * only to the chat linked when it is sent.
 */
class TelegramFaultsEndToEndTest extends EndToEndTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    Outbox outbox;

    @Test
    void twenty_replies_under_a_502_html_page_are_all_delivered_once_the_gateway_recovers() {
        List<Long> users = LongStream.rangeClosed(7101, 7120).boxed().toList();
        users.forEach(user -> telegram.registerUser(user, "Tamu " + user, "id"));
        // more 502s than the replies' first attempts: most replies fail in place and are handed to the outbox
        telegram.gatewayFaultNext("sendMessage", 45, GatewayFault.badGateway());

        users.forEach(user -> telegram.sendText(user, "halo"));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(lost(users)).as("replies lost").isZero());
        assertThat(telegram.calls("sendMessage")).as("the gateway's 502s were served")
                .filteredOn(call -> call.httpStatus() == 502).hasSize(45);
        await().atMost(DELIVERY).until(() -> count("status <> 'SENT'") == 0);
        users.forEach(user -> assertThat(telegram.messageCount(user)).as("replies to " + user).isEqualTo(1));
    }

    @Test
    void a_reply_whose_request_gets_no_answer_is_sent_again_after_the_request_timeout() {
        telegram.registerUser(7121, "Tamu", "id");
        telegram.gatewayFaultNext("sendMessage", 1, GatewayFault.stall(Duration.ofSeconds(40)));

        telegram.sendText(7121, "halo");

        telegram.awaitMessageCount(7121, 1, Duration.ofSeconds(12));
        assertThat(telegram.messageCount(7121)).isEqualTo(1);
    }

    @Test
    void an_evaluation_notice_under_a_502_html_page_is_delivered() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        telegram.registerUser(7201, "Siti", "id");
        linked(7201, siti);
        telegram.gatewayFaultNext("sendMessage", 2, GatewayFault.badGateway());

        queue("evaluated:test:" + siti, 7201, siti, "Penilaian Anda untuk periode 2026-11 sudah diisi", null);

        telegram.awaitMessageContaining(7201, "sudah diisi", DELIVERY);
        await().atMost(DELIVERY).until(() -> "SENT".equals(status("evaluated:test:" + siti)));
        assertThat(attempts("evaluated:test:" + siti)).isEqualTo(3);
    }

    @Test
    void a_200_whose_body_is_not_json_is_a_passing_fault_and_the_message_still_arrives_once() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        telegram.registerUser(7211, "Siti", "id");
        linked(7211, siti);
        telegram.gatewayFaultNext("sendMessage", 1, GatewayFault.maintenancePage());

        queue("garbled:" + siti, 7211, siti, "Pengingat penilaian", null);

        await().atMost(DELIVERY).until(() -> "SENT".equals(status("garbled:" + siti)));
        assertThat(attempts("garbled:" + siti)).as("the maintenance page, then the Bot API").isEqualTo(2);
        assertThat(telegram.messagesIn(7211)).filteredOn(m -> m.plainText().contains("Pengingat")).hasSize(1);
    }

    @Test
    void a_reply_answered_with_a_maintenance_page_is_sent_again_and_arrives() {
        telegram.registerUser(7212, "Tamu", "id");
        telegram.gatewayFaultNext("sendMessage", 2, GatewayFault.maintenancePage());

        telegram.sendText(7212, "/bantuan");

        telegram.awaitMessageCount(7212, 1, DELIVERY);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> telegram.messageCount(7212) == 1);
    }

    @Test
    void a_200_json_answer_whose_result_cannot_be_read_is_not_sent_again() {
        telegram.registerUser(7221, "Tamu", "id");
        // a gateway (or an API server) that says ok but gives the date in milliseconds: it does not fit an int
        telegram.gatewayFaultNext("sendMessage", 1, new GatewayFault(200, "application/json",
                "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1796167860965,"
                        + "\"chat\":{\"id\":7221,\"type\":\"private\"},\"text\":\"halo\"}}", true, Duration.ZERO));

        telegram.sendText(7221, "halo");

        telegram.awaitMessageCount(7221, 1, DELIVERY);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> telegram.messageCount(7221) == 1 && count("chat_id = 7221") == 0);
    }

    @Test
    void a_reply_refused_with_a_long_retry_after_is_delivered_by_the_outbox_after_it() {
        telegram.registerUser(7301, "Tamu", "id");
        telegram.failNext("sendMessage", 1, 429, null, 7);

        telegram.sendText(7301, "halo");

        SentMessage reply = telegram.awaitMessageCount(7301, 1, DELIVERY);
        // the emulator stores the message before it records the call that sent it
        await().atMost(DELIVERY).until(() -> telegram.calls("sendMessage").stream().anyMatch(ApiCall::ok));
        ApiCall refused = telegram.calls("sendMessage").stream().filter(call -> call.httpStatus() == 429)
                .findFirst().orElseThrow();
        Instant delivered = telegram.calls("sendMessage").stream().filter(ApiCall::ok)
                .reduce((first, second) -> second).orElseThrow().at();
        assertThat(reply.plainText()).isNotBlank();
        assertThat(Duration.between(refused.at(), delivered)).as("sent again only after retry_after")
                .isGreaterThanOrEqualTo(Duration.ofMillis(6900));
        assertThat(telegram.messageCount(7301)).isEqualTo(1);
    }

    @Test
    void one_500_on_an_edit_still_leaves_the_screen_on_the_new_step() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        telegram.registerUser(7401, "Siti", "id");
        linked(7401, siti);
        SentMessage question = say(7401, "/putuskan");
        telegram.failNext("editMessageText", 1, 500, null, null);

        assertThat(tapAndAwaitEdit(7401, question, "Ya, putuskan").plainText()).contains("Tautan diputus");
        assertThat(telegramUserOf(siti)).isNull();
    }

    @Test
    void an_edit_telegram_cannot_make_becomes_a_new_message_with_the_new_step() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        telegram.registerUser(7402, "Siti", "id");
        linked(7402, siti);
        SentMessage question = say(7402, "/putuskan");
        int before = telegram.messageCount(7402);
        telegram.failNext("editMessageText", 1, 400, "Bad Request: message to edit not found", null);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(7402, question, "Ya, putuskan"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(7402, before + 1, TIMEOUT).plainText()).contains("Tautan diputus");
    }

    @Test
    void a_recap_refused_once_is_delivered_and_audited_only_after_delivery() {
        SentMessage admin = hrWithRecap(7501);
        int before = telegram.messageCount(7501);
        telegram.failNext("sendDocument", 1, 500, null, null);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(7501, admin, "Unduh rekap " + faultPeriodName() + " (Excel)"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(7501, before + 1, TIMEOUT).kind()).isEqualTo("document");
        await().atMost(TIMEOUT).until(() -> recapsAudited() == 1);
        Instant audited = jdbc.sql("select at from audit_log where action = 'RECAP_EXPORTED'")
                .query(java.sql.Timestamp.class).single().toInstant();
        Instant delivered = telegram.calls("sendDocument").stream().filter(ApiCall::ok).findFirst().orElseThrow().at();
        assertThat(audited).as("audited after the file was delivered").isAfterOrEqualTo(delivered.minusMillis(50));
    }

    @Test
    void a_recap_that_cannot_be_delivered_is_not_audited_and_hr_is_told() {
        SentMessage admin = hrWithRecap(7502);
        int before = telegram.messageCount(7502);
        telegram.failNext("sendDocument", 10, 500, null, null);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(7502, admin, "Unduh rekap " + faultPeriodName() + " (Excel)"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(7502, before + 1, TIMEOUT).plainText())
                .contains("Rekap tidak dapat dikirim");
        assertThat(telegram.messagesIn(7502)).noneMatch(m -> m.kind().equals("document"));
        assertThat(recapsAudited()).isZero();
    }

    @Test
    void a_chart_that_cannot_be_sent_is_explained() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        for (int month = 8; month <= 10; month++) {
            fixtures.evaluation(siti, fixtures.closedMonth(month), null, MEETS, MEETS, null);
        }
        telegram.registerUser(7601, "Siti", "id");
        linked(7601, siti);
        SentMessage card = say(7601, "/skor");
        int before = telegram.messageCount(7601);
        telegram.failNext("sendPhoto", 10, 500, null, null);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(7601, card, "Grafik tren"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(7601, before + 1, TIMEOUT).plainText())
                .contains("Grafik tren tidak dapat dikirim");
    }

    @Test
    void a_queued_message_goes_to_the_chat_linked_when_it_is_sent_not_to_the_old_one() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        long budi = fixtures.employee("Budi Santoso", "Pengadministrasi", unit, null);
        telegram.registerUser(7701, "Siti lama", "id");
        telegram.registerUser(7702, "Siti baru", "id");
        telegram.registerUser(7703, "Budi", "id");
        linked(7701, siti);
        linked(7703, budi);
        Instant later = Instant.now().plusSeconds(4);
        queue("relinked:" + siti, 7701, siti, "Pesan antrean untuk Siti", later);
        queue("unlinked:" + budi, 7703, budi, "Pesan antrean untuk Budi", later);

        linked(7702, siti); // Siti moves to a new phone
        SentMessage question = say(7703, "/putuskan"); // Budi unlinks
        tapAndAwaitEdit(7703, question, "Ya, putuskan");

        telegram.awaitMessageContaining(7702, "Pesan antrean untuk Siti", DELIVERY);
        await().atMost(DELIVERY).until(() -> "FAILED".equals(status("unlinked:" + budi)));
        assertThat(telegram.messagesIn(7701)).noneMatch(m -> m.plainText().contains("Pesan antrean"));
        assertThat(telegram.messagesIn(7703)).noneMatch(m -> m.plainText().contains("Pesan antrean"));
    }

    @Test
    void a_delivery_clears_the_cannot_be_reached_mark() {
        long unit = fixtures.unit("Seksi Pelayanan");
        long siti = fixtures.employee("Siti Aminah", "Pengadministrasi", unit, null);
        telegram.registerUser(7801, "Siti", "id");
        linked(7801, siti);
        jdbc.sql("update employee set unreachable_at = now(), unreachable_reason = 'Forbidden: bot was blocked by the user'"
                + " where id = ?").param(siti).update();

        queue("reachable:" + siti, 7801, siti, "Pengingat penilaian", null);

        telegram.awaitMessageContaining(7801, "Pengingat penilaian", DELIVERY);
        await().atMost(TIMEOUT).until(() -> jdbc.sql("select unreachable_at is null from employee where id = ?")
                .param(siti).query(Boolean.class).single());
    }

    /** How the chat names FAULT-1, the month that starts 20 days ago (see hrWithRecap). */
    private static String faultPeriodName() {
        return monthPeriod(LocalDate.now().plusDays(10).minusDays(30), "id-ID");
    }

    private SentMessage hrWithRecap(long user) {
        long unit = fixtures.unit("Subbag Umum dan Kepegawaian");
        long hr = fixtures.employee("Siti Harahap", "Analis SDM Aparatur", unit, null);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        LocalDate due = LocalDate.now().plusDays(10);
        fixtures.period("FAULT-1", due.minusDays(30), due.minusDays(7), due, true);
        telegram.registerUser(user, "Siti", "id");
        linked(user, hr);
        return say(user, "/admin");
    }

    private int recapsAudited() {
        return jdbc.sql("select count(*) from audit_log where action = 'RECAP_EXPORTED'").query(Integer.class).single();
    }

    private long lost(List<Long> users) {
        return users.stream().filter(user -> telegram.messageCount(user) == 0).count();
    }

    private void queue(String key, long chatId, long employeeId, String html, Instant notBefore) {
        outbox.enqueue(new OutgoingMessage("TEST", key, chatId, employeeId, html, Keyboard.NONE, notBefore));
    }

    private String status(String key) {
        return jdbc.sql("select status from outbox_message where dedupe_key = ?").param(key).query(String.class).single();
    }

    private int attempts(String key) {
        return jdbc.sql("select attempts from outbox_message where dedupe_key = ?").param(key).query(Integer.class)
                .single();
    }

    private int count(String condition) {
        return jdbc.sql("select count(*) from outbox_message where " + condition).query(Integer.class).single();
    }
}
