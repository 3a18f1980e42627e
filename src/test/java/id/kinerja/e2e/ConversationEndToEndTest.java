package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.ABOVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.SentMessage;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;

class ConversationEndToEndTest extends EndToEndTest {

    private static final long GROUP = -100123;

    @Autowired
    @Qualifier("longPolling")
    private SmartLifecycle polling;

    private long kasi;
    private long rina;

    @BeforeEach
    void roster() {
        long unit = fixtures.unit("Seksi Ketenteraman & Ketertiban");
        kasi = fixtures.employee("Ahmad Fauzi", "Kasi Trantib", unit, null);
        rina = fixtures.employee("Rina & <Sari> \"Putri\"", "Satpol PP", unit, kasi);
        long period = fixtures.closedMonth(10);
        fixtures.evaluation(rina, period, kasi, ABOVE, ABOVE, "Tegas & <ramah> kepada warga.");
        telegram.registerUser(3001, "Rina", "id");
        telegram.registerUser(3002, "John", "en");
        telegram.registerGroup(GROUP, "Trantib");
    }

    @Test
    void names_and_feedback_with_html_characters_arrive_exactly_as_written() {
        SentMessage greeting = say(3001, "/start " + codeFor(rina));
        assertThat(greeting.plainText()).contains("Rina & <Sari> \"Putri\"", "Seksi Ketenteraman & Ketertiban");

        assertThat(say(3001, "/umpan_balik").plainText()).contains("Tegas & <ramah> kepada warga.");
        assertThat(say(3001, "/privasi").plainText()).contains("Rina & <Sari> \"Putri\"");
    }

    @Test
    void in_a_group_personal_commands_only_point_to_the_private_chat() {
        linked(3001, rina);

        for (String command : new String[] {"/skor", "/umpan_balik@" + telegram.botUsername(), "/start", "/privasi"}) {
            int before = telegram.messageCount(GROUP);
            telegram.sendTextInGroup(GROUP, 3001, command);
            SentMessage answer = telegram.awaitMessageCount(GROUP, before + 1, TIMEOUT);

            assertThat(answer.plainText()).contains("chat pribadi").doesNotContain("Rina", "Sangat Baik", "Tegas");
            assertThat(answer.keyboard()).hasSize(1);
            assertThat(answer.keyboard().get(0).get(0).url()).isEqualTo("https://t.me/" + telegram.botUsername());
        }
    }

    @Test
    void in_a_channel_a_command_only_points_to_the_private_chat() {
        telegram.registerChannel(-100777, "Info Kecamatan");
        int before = telegram.messageCount(-100777);

        telegram.postInChannel(-100777, "/skor");

        SentMessage answer = telegram.awaitMessageCount(-100777, before + 1, TIMEOUT);
        assertThat(answer.plainText()).contains("chat pribadi");
        assertThat(answer.keyboard().get(0).get(0).url()).isEqualTo("https://t.me/" + telegram.botUsername());
        assertThat(jdbc.sql("select count(*) from telegram_account where telegram_user_id = -100777")
                .query(Integer.class).single()).as("a channel is not an account").isZero();
    }

    @Test
    void an_english_speaking_user_gets_english_and_english_commands_work() {
        SentMessage welcome = say(3002, "/start");
        assertThat(welcome.plainText()).contains("Welcome to Kinerja Bot", "/link CODE");

        say(3002, "/link " + codeFor(rina));
        assertThat(say(3002, "/score").plainText()).contains("Performance October 2026 (period closed)",
                "Predicate: Outstanding", "Work results: Above expectation");
        assertThat(say(3002, "/feedback").plainText()).contains("Feedback (page 1 of 1)");
        assertThat(say(3002, "/help").plainText()).contains("How the performance appraisal works");
        assertThat(say(3002, "hello?").plainText()).contains("Type /help");
    }

    @Test
    void the_language_can_be_switched_and_the_choice_is_kept() {
        linked(3001, rina);
        SentMessage choice = say(3001, "/bahasa");

        assertThat(tapAndAwaitEdit(3001, choice, "English").plainText()).isEqualTo("Language changed to English.");
        assertThat(say(3001, "/skor").plainText()).contains("Predicate: Outstanding");
        SentMessage back = say(3001, "/language");
        assertThat(tapAndAwaitEdit(3001, back, "Bahasa Indonesia").plainText())
                .isEqualTo("Bahasa diubah ke Bahasa Indonesia.");
    }

    @Test
    void both_menus_are_published_each_in_its_language() {
        await().atMost(TIMEOUT).until(() -> telegram.commandsByLanguage().containsKey("en"));

        assertThat(telegram.commandsByLanguage().get("")).extracting(c -> c.command())
                .contains("tautkan", "skor", "umpan_balik", "bantuan", "bahasa", "privasi", "putuskan", "batal");
        assertThat(telegram.commandsByLanguage().get("en")).extracting(c -> c.command())
                .contains("link", "score", "feedback", "help", "language", "privacy", "unlink", "cancel");
    }

    @Test
    void a_redelivered_update_is_not_handled_again_even_after_a_restart_of_polling() {
        linked(3001, rina);
        int before = telegram.messageCount(3001);
        long update = telegram.sendText(3001, "/skor");
        telegram.awaitMessageCount(3001, before + 1, TIMEOUT);

        // a restarted poller has lost its in-memory offset, as after a crash, and Telegram sends the update again
        polling.stop();
        telegram.redeliver(update);
        polling.start();
        SentMessage next = say(3001, "/bantuan");

        assertThat(next.plainText()).contains("Cara kerja penilaian kinerja");
        assertThat(telegram.messageCount(3001)).as("one answer to /skor despite the redelivery").isEqualTo(before + 2);
    }

    @Test
    void a_redelivered_command_changes_neither_the_account_nor_the_conversation() {
        linked(3001, rina);
        int before = telegram.messageCount(3001);
        long update = telegram.sendText(3001, "/skor");
        telegram.awaitMessageCount(3001, before + 1, TIMEOUT);
        // what handling /skor again would change: the account's last sighting and Telegram's language
        // (nothing chosen), and any conversation, which a command ends
        jdbc.sql("""
                update telegram_account set last_seen_at = timestamptz '2020-01-01 12:00Z', language = 'en'
                 where telegram_user_id = 3001""").update();
        jdbc.sql("""
                insert into conversation (telegram_user_id, state, updated_at)
                values (3001, 'AWAITING_LINK_CODE', now())""").update();

        polling.stop();
        telegram.redeliver(update);
        polling.start();
        telegram.awaitAllUpdatesConfirmed(TIMEOUT);

        assertThat(telegram.messageCount(3001)).as("no second answer").isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select language || ' ' || last_seen_at::date from telegram_account
                         where telegram_user_id = 3001""").query(String.class).single()).isEqualTo("en 2020-01-01");
        assertThat(conversationOf(3001)).contains("AWAITING_LINK_CODE");

        assertThat(say(3001, "/bantuan").plainText()).as("the next update is handled")
                .contains("Cara kerja penilaian kinerja");
        assertThat(conversationOf(3001)).as("a command ends the conversation").isEmpty();
        assertThat(jdbc.sql("select language from telegram_account where telegram_user_id = 3001")
                .query(String.class).single()).isEqualTo("id");
    }

    @Test
    void a_reply_telegram_fails_to_take_is_retried_and_then_handed_to_the_outbox() {
        telegram.failNext("sendmessage", 2, 500, null, null);
        assertThat(say(3001, "/bantuan").plainText()).as("retried at once").contains("Cara kerja penilaian kinerja");

        telegram.failNext("sendmessage", 4, 502, null, null);
        assertThat(say(3001, "/privasi").plainText()).as("delivered by the outbox").contains("Data Anda di Kinerja Bot");
        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(
                jdbc.sql("select kind || ' ' || status from outbox_message").query(String.class).list())
                .containsExactly("REPLY SENT"));
    }

    @Test
    void a_refused_menu_is_logged_and_never_stops_the_bot() {
        telegram.failNext("setmycommands", 2, 500, "Internal Server Error", null);
        polling.stop();
        polling.start();

        assertThat(say(3001, "/bantuan").plainText()).contains("Cara kerja penilaian kinerja");
        assertThat(telegram.calls("setmycommands")).filteredOn(call -> call.injectedFault()).hasSize(2);
    }

    @Test
    void a_step_in_progress_lives_in_the_database_and_survives_a_restart() {
        say(3001, "/tautkan");
        polling.stop();
        assertThat(jdbc.sql("select state from conversation where telegram_user_id = 3001").query(String.class).single())
                .isEqualTo("AWAITING_LINK_CODE");
        polling.start();

        assertThat(say(3001, codeFor(rina)).plainText()).contains("Akun berhasil ditautkan");
    }

    @Test
    void forged_or_unknown_buttons_change_nothing_and_get_an_alert() {
        linked(3001, rina);
        SentMessage help = say(3001, "/bantuan");

        for (String forged : new String[] {"unlink:yes!", "fb:-1", "lang:xx", "evaluate:999", "", "fb:99999999"}) {
            long update = telegram.forgeCallbackQuery(3001, 3001, help.messageId(), forged);
            var answer = telegram.awaitCallbackAnswerFor(update, TIMEOUT);
            assertThat(answer.showAlert()).as(forged).isTrue();
            assertThat(answer.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(telegramUserOf(rina)).isEqualTo(3001L);
        assertThat(telegram.messagesIn(3001).stream().filter(m -> m.messageId() == help.messageId())
                .findFirst().orElseThrow().edited()).isFalse();
    }

    @Test
    void a_failure_while_handling_gets_an_apology_and_the_bot_keeps_going() {
        linked(3001, rina);
        jdbc.sql("alter table indicator rename to indicator_away").update();
        try {
            assertThat(say(3001, "/skor").plainText()).contains("terjadi kesalahan");
        } finally {
            jdbc.sql("alter table indicator_away rename to indicator").update();
        }
        assertThat(say(3001, "/skor").plainText()).contains("Predikat: Sangat Baik");
    }

    private Optional<String> conversationOf(long telegramUserId) {
        return jdbc.sql("select state from conversation where telegram_user_id = ?").param(telegramUserId)
                .query(String.class).optional();
    }
}
