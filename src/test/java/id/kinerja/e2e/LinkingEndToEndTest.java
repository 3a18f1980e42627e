package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.SentMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkingEndToEndTest extends EndToEndTest {

    private long siti;
    private long budi;

    @BeforeEach
    void roster() {
        long unit = fixtures.unit("Seksi Pelayanan Umum");
        budi = fixtures.employee("Budi Santoso", "Kepala Seksi Pelayanan Umum", unit, null);
        siti = fixtures.employee("Siti Aminah", "Pengadministrasi Umum", unit, budi);
        telegram.registerUser(1001, "Siti", "id");
        telegram.registerUser(1002, "Budi", "id");
        telegram.registerUser(1003, "Orang Lain", "id");
    }

    @Test
    void a_deep_link_code_links_the_account_and_greets_the_person_by_name() {
        SentMessage greeting = say(1001, "/start " + codeFor(siti));

        assertThat(greeting.plainText()).contains("Akun berhasil ditautkan", "Siti Aminah", "Pengadministrasi Umum",
                "Seksi Pelayanan Umum", "/skor");
        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
    }

    @Test
    void link_codes_are_stored_only_as_hashes() {
        String code = codeFor(siti);

        assertThat(jdbc.sql("select count(*) from link_code where code_hash = ? or code_hash ilike ?")
                .params(code, "%" + code + "%").query(Integer.class).single()).isZero();
        assertThat(say(1001, "/tautkan " + code.toLowerCase()).plainText()).contains("Siti Aminah");
    }

    @Test
    void typing_the_command_without_a_code_asks_for_it_and_the_next_message_is_the_code() {
        assertThat(say(1001, "/tautkan").plainText()).contains("kode tautan");

        String code = codeFor(siti);
        String typed = code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8);
        assertThat(say(1001, typed).plainText()).contains("Akun berhasil ditautkan", "Siti Aminah");
    }

    @Test
    void cancel_leaves_the_code_step() {
        say(1001, "/tautkan");
        assertThat(say(1001, "/batal").plainText()).isEqualTo("Langkah dibatalkan.");
        assertThat(say(1001, "ABCDEFGHJKLM").plainText()).contains("tidak mengerti");
        assertThat(say(1001, "/batal").plainText()).isEqualTo("Tidak ada langkah yang sedang berjalan.");
    }

    @Test
    void a_wrong_code_is_refused_without_saying_whose_it_might_be() {
        codeFor(siti);

        SentMessage refusal = say(1003, "/link WRONGCODE234");

        assertThat(refusal.plainText()).contains("Kode tidak dapat dipakai", "Sisa percobaan dalam satu jam: 4")
                .doesNotContain("Siti", "Budi");
        assertThat(telegramUserOf(siti)).isNull();
    }

    @Test
    void a_used_code_cannot_be_used_again() {
        String code = codeFor(siti);
        linkedWith(1001, code);

        assertThat(say(1003, "/start " + code).plainText()).contains("Kode tidak dapat dipakai").doesNotContain("Siti");
        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
    }

    @Test
    void an_expired_code_is_refused() {
        String code = codeFor(siti);
        jdbc.sql("update link_code set expires_at = now() - interval '1 minute'").update();

        assertThat(say(1001, "/start " + code).plainText()).contains("Kode tidak dapat dipakai");
        assertThat(telegramUserOf(siti)).isNull();
    }

    @Test
    void an_older_code_stops_working_when_a_new_one_is_issued() {
        String first = codeFor(siti);
        String second = codeFor(siti);

        assertThat(say(1001, "/start " + first).plainText()).contains("Kode tidak dapat dipakai");
        assertThat(say(1001, "/start " + second).plainText()).contains("Akun berhasil ditautkan");
    }

    @Test
    void five_failures_in_an_hour_lock_the_account_out_even_for_a_good_code() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(say(1003, "/tautkan BADCODE" + attempt).plainText()).contains("Sisa percobaan dalam satu jam: " + (5 - attempt));
        }
        assertThat(say(1003, "/tautkan BADCODE5").plainText()).contains("dikunci sampai pukul");

        assertThat(say(1003, "/tautkan " + codeFor(siti)).plainText()).contains("dikunci sampai pukul");
        assertThat(telegramUserOf(siti)).isNull();
        assertThat(say(1001, "/tautkan " + codeFor(siti)).plainText())
                .as("another Telegram account is not locked").contains("Akun berhasil ditautkan");
    }

    @Test
    void relinking_moves_the_binding_and_tells_the_old_chat() {
        linkedWith(1001, codeFor(siti));
        int oldChatMessages = telegram.messageCount(1001);

        assertThat(say(1002, "/start " + codeFor(siti)).plainText()).contains("Siti Aminah");

        SentMessage notice = telegram.awaitMessageCount(1001, oldChatMessages + 1, TIMEOUT);
        assertThat(notice.plainText()).contains("ditautkan ke akun Telegram lain");
        assertThat(telegramUserOf(siti)).isEqualTo(1002L);
        assertThat(say(1001, "/skor").plainText()).contains("belum ditautkan");
    }

    @Test
    void one_telegram_account_is_bound_to_one_employee_at_a_time() {
        linkedWith(1001, codeFor(siti));
        SentMessage question = say(1001, "/start " + codeFor(budi));
        tapAndAwaitEdit(1001, question, "Ya");

        assertThat(telegramUserOf(siti)).isNull();
        assertThat(telegramUserOf(budi)).isEqualTo(1001L);
    }

    @Test
    void a_linked_account_sending_someone_elses_code_is_asked_first_and_nothing_changes_until_yes() {
        linkedWith(1001, codeFor(siti));
        String budisCode = codeFor(budi);

        SentMessage question = say(1001, "/tautkan " + budisCode);

        assertThat(question.plainText()).contains("Akun ini sekarang tertaut sebagai Siti Aminah. "
                + "Ganti menjadi Budi Santoso (Kepala Seksi Pelayanan Umum, Seksi Pelayanan Umum)?");
        assertThat(question.buttonLabels()).containsExactly("Ya", "Batal");
        assertThat(question.keyboard().get(0)).as("the code stays on the server")
                .allSatisfy(button -> assertThat(button.callbackData()).doesNotContain(budisCode, budisCode.toLowerCase()));
        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
        assertThat(telegramUserOf(budi)).isNull();
        assertThat(unusedCodesOf(budi)).as("the code is not used by asking").isEqualTo(1);
        assertThat(say(1001, "Budi").plainText()).contains("pilih Ya atau Batal");
        assertThat(telegramUserOf(siti)).isEqualTo(1001L);

        SentMessage switched = tapAndAwaitEdit(1001, question, "Ya");

        assertThat(switched.plainText()).contains("Akun ini tidak lagi tertaut sebagai Siti Aminah",
                "Akun berhasil ditautkan", "Budi Santoso");
        assertThat(switched.keyboard()).isEmpty();
        assertThat(telegramUserOf(siti)).isNull();
        assertThat(telegramUserOf(budi)).isEqualTo(1001L);
        assertThat(unusedCodesOf(budi)).isZero();
        assertThat(jdbc.sql("select action from audit_log order by id").query(String.class).list())
                .containsSubsequence("LINKED", "LINK_SWITCH_ASKED", "UNLINKED", "LINKED");
    }

    @Test
    void batal_keeps_the_link_and_leaves_the_code_unused() {
        linkedWith(1001, codeFor(siti));
        String budisCode = codeFor(budi);
        SentMessage question = say(1001, "/start " + budisCode);

        assertThat(tapAndAwaitEdit(1001, question, "Batal").plainText())
                .isEqualTo("Baik, akun Anda tetap tertaut sebagai Siti Aminah. Kode itu tidak dipakai.");

        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
        assertThat(telegramUserOf(budi)).isNull();
        linkedWith(1002, budisCode);
        assertThat(telegramUserOf(budi)).isEqualTo(1002L);
    }

    @Test
    void a_forged_or_stale_switch_button_changes_nothing() {
        linkedWith(1001, codeFor(siti));
        linkedWith(1003, codeFor(budi));
        SentMessage first = say(1001, "/start " + codeFor(budi));
        String firstYes = first.button("Ya").callbackData();
        SentMessage second = say(1001, "/start " + codeFor(budi));
        String secondYes = second.button("Ya").callbackData();
        int oldChat = telegram.messageCount(1003);

        assertThat(forge(1001, first, firstYes)).as("an earlier question").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(1001, second, "lsw:" + "0".repeat(16) + ":yes")).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(1001, second, "lsw:" + secondYes.substring(4, 20) + ":maybe"))
                .isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(1003, second, secondYes)).as("another account tapping it").isEqualTo("Tombol ini sudah tidak berlaku.");
        say(1001, "/skor");
        assertThat(forge(1001, second, secondYes)).as("after another command").isEqualTo("Tombol ini sudah tidak berlaku.");

        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
        assertThat(telegramUserOf(budi)).isEqualTo(1003L);
        assertThat(unusedCodesOf(budi)).isEqualTo(1);
        assertThat(telegram.messageCount(1003)).as("nobody was told anything moved").isEqualTo(oldChat);
    }

    @Test
    void switching_to_someone_linked_elsewhere_tells_the_chat_that_loses_the_account() {
        linkedWith(1001, codeFor(siti));
        linkedWith(1002, codeFor(budi));
        int budisMessages = telegram.messageCount(1002);
        SentMessage question = say(1001, "/start " + codeFor(budi));
        assertThat(telegram.messageCount(1002)).as("nothing said before the switch").isEqualTo(budisMessages);

        tapAndAwaitEdit(1001, question, "Ya");

        SentMessage notice = telegram.awaitMessageCount(1002, budisMessages + 1, TIMEOUT);
        assertThat(notice.plainText()).contains("ditautkan ke akun Telegram lain", "hubungi bagian kepegawaian");
        assertThat(telegramUserOf(budi)).isEqualTo(1001L);
        assertThat(telegramUserOf(siti)).isNull();
        assertThat(say(1002, "/skor").plainText()).contains("belum ditautkan");
    }

    @Test
    void keeping_the_link_on_unlink_says_so_plainly() {
        linkedWith(1001, codeFor(siti));
        SentMessage question = say(1001, "/putuskan");

        assertThat(tapAndAwaitEdit(1001, question, "Tidak").plainText()).isEqualTo("Baik, akun Anda tetap tertaut.");
        assertThat(telegramUserOf(siti)).isEqualTo(1001L);
    }

    @Test
    void unlinking_asks_for_confirmation_and_is_audited() {
        linkedWith(1001, codeFor(siti));
        SentMessage question = say(1001, "/putuskan");
        assertThat(question.plainText()).contains("Siti Aminah");

        assertThat(tapAndAwaitEdit(1001, question, "Ya, putuskan").plainText()).contains("Tautan diputus");

        assertThat(telegramUserOf(siti)).isNull();
        assertThat(jdbc.sql("select action from audit_log order by id").query(String.class).list())
                .containsSubsequence("LINKED", "UNLINKED");
    }

    private int unusedCodesOf(long employeeId) {
        return jdbc.sql("select count(*) from link_code where employee_id = ? and used_at is null and revoked_at is null")
                .param(employeeId).query(Integer.class).single();
    }

    private String forge(long userId, SentMessage message, String data) {
        var answer = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(userId, userId, message.messageId(), data), TIMEOUT);
        assertThat(answer.showAlert()).as(data).isTrue();
        return answer.text();
    }

    private void linkedWith(long userId, String code) {
        assertThat(say(userId, "/start " + code).plainText()).contains("Akun berhasil ditautkan");
    }
}
