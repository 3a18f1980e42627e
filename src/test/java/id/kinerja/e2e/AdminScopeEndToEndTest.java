package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.SentMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /admin of an HR admin granted one kelurahan (issue 14, items 1 and 2): progress per unit in tree order, the lists,
 * resending what may not have arrived and reminding everyone — never a name of the other kelurahan.
 */
class AdminScopeEndToEndTest extends EndToEndTest {

    private static final long HR_ALPHA = 6001;
    private static final long LURAH_ALPHA = 6002;
    private static final long LURAH_BETA = 6003;
    private static final long CAMAT = 6004;
    private static final long HR_WHOLE = 6005;
    private static final String EM = "\u2003";

    @Autowired
    private WorkingCalendar calendar;

    private long root;
    private long alpha;
    private long period;
    private long lurahAlpha;
    private long lurahBeta;
    private long ayuAlpha;
    private long bintangBeta;

    @BeforeEach
    void twoKelurahan() {
        root = fixtures.unit("Kecamatan Medan Uji");
        alpha = fixtures.unit("Kelurahan Alpha");
        long lingkungan = fixtures.unit("Lingkungan Alpha I");
        long beta = fixtures.unit("Kelurahan Beta");
        parent(alpha, root);
        parent(beta, root);
        parent(lingkungan, alpha);
        long camat = fixtures.employee("Camat Utama", "Camat", root, null);
        long hrWhole = fixtures.employee("Sari Kepegawaian", "Analis SDM Aparatur", root, camat);
        lurahAlpha = fixtures.employee("Lurah Alfian", "Lurah Alpha", alpha, camat);
        long hrAlpha = fixtures.employee("Hana Admin", "Pengadministrasi Kepegawaian", alpha, lurahAlpha);
        ayuAlpha = fixtures.employee("Ayu Alpha", "Pengolah Data", alpha, lurahAlpha);
        long adiAlpha = fixtures.employee("Adi Alpha", "Pengadministrasi", alpha, lurahAlpha);
        fixtures.employee("Lina Lingkungan", "Kepala Lingkungan", lingkungan, lurahAlpha);
        lurahBeta = fixtures.employee("Lurah Budiman", "Lurah Beta", beta, camat);
        bintangBeta = fixtures.employee("Bintang Beta", "Pengolah Data", beta, lurahBeta);
        jdbc.sql("update employee set is_admin = true, admin_unit_id = ? where id = ?").params(alpha, hrAlpha).update();
        jdbc.sql("update employee set is_admin = true where id = ?").param(hrWhole).update();
        LocalDate due = LocalDate.now(calendar.zone()).minusDays(10);
        period = fixtures.period("SCOPE-1", due.minusDays(30), due.minusDays(7), due, true);
        fixtures.evaluation(adiAlpha, period, lurahAlpha, MEETS, MEETS, null);
        fixtures.evaluation(hrWhole, period, camat, MEETS, MEETS, null);
        telegram.registerUser(HR_ALPHA, "Hana", "id");
        telegram.registerUser(LURAH_ALPHA, "Alfian", "id");
        telegram.registerUser(LURAH_BETA, "Budiman", "id");
        telegram.registerUser(CAMAT, "Camat", "id");
        telegram.registerUser(HR_WHOLE, "Sari", "id");
        linked(HR_ALPHA, hrAlpha);
        linked(LURAH_ALPHA, lurahAlpha);
        linked(LURAH_BETA, lurahBeta);
        linked(CAMAT, camat);
        linked(HR_WHOLE, hrWhole);
    }

    @Test
    void each_unit_has_its_line_in_tree_order_with_sub_units_indented_and_its_counts() {
        String status = say(HR_WHOLE, "/admin").plainText();

        List<String> unitLines = status.lines().filter(l -> l.contains("selesai,")).toList();
        assertThat(unitLines).containsExactly(
                "• Kecamatan Medan Uji: 1 selesai, 0 belum, 0 terlambat",
                EM + "• Kelurahan Alpha: 1 selesai, 0 belum, 3 terlambat",
                EM + EM + "• Lingkungan Alpha I: 0 selesai, 0 belum, 1 terlambat",
                EM + "• Kelurahan Beta: 0 selesai, 0 belum, 2 terlambat");
        assertThat(status).contains("Lurah Alfian (Kelurahan Alpha): 3 pegawai belum dinilai, terlambat",
                "Camat Utama (Kecamatan Medan Uji): 2 pegawai belum dinilai, terlambat",
                "Lurah Budiman (Kelurahan Beta): 1 pegawai belum dinilai, terlambat");
    }

    @Test
    void an_hr_admin_of_kelurahan_alpha_never_sees_a_name_from_kelurahan_beta() {
        markUnreachable(bintangBeta, "Forbidden: bot was blocked by the user");
        markUnreachable(ayuAlpha, "Forbidden: bot can't initiate conversation with a user");
        unconfirmed(lurahBeta, LURAH_BETA, "Pesan untuk Beta");
        unconfirmed(lurahAlpha, LURAH_ALPHA, "Pesan untuk Alpha");
        String whole = say(HR_WHOLE, "/admin").plainText();
        assertThat(whole).as("the whole organisation's HR sees Beta").contains("Lurah Budiman", "Bintang Beta");

        SentMessage admin = say(HR_ALPHA, "/admin");
        String status = admin.plainText();

        assertThat(status).contains("Cakupan Anda: Kelurahan Alpha",
                "• Kelurahan Alpha: 1 selesai, 0 belum, 3 terlambat",
                EM + "• Lingkungan Alpha I: 0 selesai, 0 belum, 1 terlambat",
                "Penilaian selesai: 1 dari 5 (20%)",
                "Lurah Alfian (Kelurahan Alpha): 3 pegawai belum dinilai",
                "Camat Utama (Kecamatan Medan Uji): 1 pegawai belum dinilai",
                "Ayu Alpha (Kelurahan Alpha): belum pernah menekan Start",
                "untuk Lurah Alfian (Kelurahan Alpha)",
                "belum menautkan Telegram: 3");
        assertThat(status).doesNotContain("Beta", "Budiman", "Bintang", "Kecamatan Medan Uji: ");

        SentMessage people = tapForNewMessage(HR_ALPHA, admin, "Daftar yang belum tertaut");
        assertThat(people.plainText()).contains("Ayu Alpha (Kelurahan Alpha): belum pernah menekan Start",
                "Adi Alpha (Kelurahan Alpha): belum menautkan Telegram",
                "Lina Lingkungan (Lingkungan Alpha I): belum menautkan Telegram")
                .doesNotContain("Beta", "Budiman", "Bintang");
    }

    @Test
    void the_list_of_who_is_not_linked_or_unreachable_is_paged() {
        for (int i = 1; i <= 23; i++) {
            fixtures.employee(String.format("Staf Alpha %02d", i), "Pengolah Data", alpha, lurahAlpha);
        }
        markUnreachable(ayuAlpha, "Forbidden: bot was blocked by the user");
        SentMessage admin = say(HR_ALPHA, "/admin");
        assertThat(admin.plainText()).contains("belum menautkan Telegram: 26");

        SentMessage first = tapForNewMessage(HR_ALPHA, admin, "Daftar yang belum tertaut");
        assertThat(first.plainText()).contains("(27) — halaman 1 dari 2", "Staf Alpha 01");
        assertThat(first.plainText().lines().filter(l -> l.startsWith("• "))).hasSize(20);

        SentMessage second = tapAndAwaitEdit(HR_ALPHA, first, "Berikutnya");
        assertThat(second.plainText()).contains("halaman 2 dari 2", "Staf Alpha 23",
                "Ayu Alpha (Kelurahan Alpha): memblokir bot").doesNotContain("Staf Alpha 01");
        assertThat(second.plainText().lines().filter(l -> l.startsWith("• "))).hasSize(7);
    }

    @Test
    void a_long_unit_tree_is_paged_with_buttons() {
        for (int i = 1; i <= 25; i++) {
            long unit = fixtures.unit(String.format("Lingkungan Alpha Z%02d", i));
            parent(unit, alpha);
            fixtures.employee(String.format("Kepling Z%02d", i), "Kepala Lingkungan", unit, lurahAlpha);
        }
        SentMessage admin = say(HR_WHOLE, "/admin");
        List<String> shown = admin.plainText().lines().filter(l -> l.contains("selesai,")).toList();
        assertThat(shown).hasSize(20).doesNotContain(EM + "• Kelurahan Beta: 0 selesai, 0 belum, 2 terlambat");

        SentMessage first = tapForNewMessage(HR_WHOLE, admin, "Unit lainnya");
        assertThat(first.plainText()).contains("progres per unit, halaman 2 dari 2",
                EM + EM + "• Lingkungan Alpha Z25: 0 selesai, 0 belum, 1 terlambat",
                EM + "• Kelurahan Beta: 0 selesai, 0 belum, 2 terlambat");
        assertThat(first.plainText().lines().filter(l -> l.contains("selesai,"))).hasSize(9);

        SentMessage back = tapAndAwaitEdit(HR_WHOLE, first, "Sebelumnya");
        assertThat(back.plainText()).contains("halaman 1 dari 2", "• Kecamatan Medan Uji: 1 selesai");
    }

    @Test
    void unconfirmed_messages_about_people_in_scope_are_resent_once_and_audited() {
        unconfirmed(lurahAlpha, LURAH_ALPHA, "Pesan uji untuk Alpha");
        unconfirmed(lurahBeta, LURAH_BETA, "Pesan uji untuk Beta");
        int alphaBefore = telegram.messageCount(LURAH_ALPHA);
        int betaBefore = telegram.messageCount(LURAH_BETA);
        SentMessage admin = say(HR_ALPHA, "/admin");
        assertThat(admin.plainText()).contains("Pesan yang mungkin belum sampai: 1", "untuk Lurah Alfian (Kelurahan Alpha)");

        SentMessage done = tapForNewMessage(HR_ALPHA, admin, "Kirim ulang 1 pesan");

        assertThat(done.plainText()).contains("1 pesan dikirim ulang");
        assertThat(telegram.awaitMessageCount(LURAH_ALPHA, alphaBefore + 1, TIMEOUT).plainText())
                .isEqualTo("Pesan uji untuk Alpha");
        assertThat(jdbc.sql("select details from audit_log where action = 'UNCONFIRMED_RESENT'").query(String.class)
                .single()).startsWith("count=1");

        String data = admin.button("Kirim ulang").callbackData();
        SentMessage again = tapForNewMessage(HR_ALPHA, admin, "Kirim ulang 1 pesan");
        assertThat(again.plainText()).startsWith("Tidak ada pesan yang perlu dikirim ulang");
        var forged = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(LURAH_BETA, LURAH_BETA, 1,
                "adm:rs:99"), TIMEOUT);
        assertThat(forged.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'resend:%'").query(Integer.class)
                .single()).as("the Alpha message once, never the Beta one").isEqualTo(1);
        assertThat(data).isEqualTo("adm:rs:" + jdbc.sql("select id from outbox_message where dedupe_key = 'test:"
                + lurahAlpha + "'").query(Long.class).single());
        assertThat(say(HR_ALPHA, "/admin").plainText()).doesNotContain("Pesan yang mungkin belum sampai");
        assertThat(telegram.messageCount(LURAH_ALPHA)).isEqualTo(alphaBefore + 1);
        assertThat(telegram.messageCount(LURAH_BETA)).isEqualTo(betaBefore);
    }

    @Test
    void remind_all_asks_first_then_prompts_exactly_the_supervisors_in_scope_once_a_day() {
        int betaBefore = telegram.messageCount(LURAH_BETA);
        int camatBefore = telegram.messageCount(CAMAT);
        int lurahBefore = telegram.messageCount(LURAH_ALPHA);
        SentMessage admin = say(HR_ALPHA, "/admin");

        SentMessage changedMind = tapForNewMessage(HR_ALPHA, admin, "Ingatkan semua sekarang");
        assertThat(changedMind.buttonLabels()).containsExactly("✅ Ya, kirim ke 2 atasan", "✖️ Batal");
        assertThat(tapForNewMessage(HR_ALPHA, changedMind, "Batal").plainText())
                .isEqualTo("Dibatalkan: tidak ada pengingat yang dikirim.");
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'remind-all:%'")
                .query(Integer.class).single()).as("a cancelled confirmation sends nothing").isZero();

        SentMessage confirm = tapForNewMessage(HR_ALPHA, admin, "Ingatkan semua sekarang");
        assertThat(confirm.plainText()).contains("ke 2 atasan");
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'remind-all:%'")
                .query(Integer.class).single()).as("nothing sent before the confirmation").isZero();

        SentMessage sent = tapForNewMessage(HR_ALPHA, confirm, "Ya, kirim ke 2 atasan");
        assertThat(sent.plainText()).contains("Pengingat untuk 2 atasan sudah masuk antrean bot");

        SentMessage lurahPrompt = telegram.awaitMessageCount(LURAH_ALPHA, lurahBefore + 1, TIMEOUT);
        assertThat(lurahPrompt.plainText()).contains("terlambat", "Pegawai yang belum Anda nilai: 3");
        assertThat(lurahPrompt.buttonLabels()).contains("Hana Admin", "Ayu Alpha", "Lina Lingkungan");
        SentMessage camatPrompt = telegram.awaitMessageCount(CAMAT, camatBefore + 1, TIMEOUT);
        assertThat(camatPrompt.plainText()).contains("Pegawai yang belum Anda nilai: 1");
        assertThat(camatPrompt.buttonLabels()).contains("Lurah Alfian").doesNotContain("Lurah Budiman");
        assertThat(jdbc.sql("select details from audit_log where action = 'REMIND_ALL'").query(String.class).single())
                .startsWith("reached=2");

        SentMessage secondAsk = tapForNewMessage(HR_ALPHA, admin, "Ingatkan semua sekarang");
        assertThat(secondAsk.plainText()).contains("Tidak ada atasan yang dapat diingatkan sekarang",
                "2 atasan sudah diingatkan hari ini");
        SentMessage secondGo = sayByTap(HR_ALPHA, "adm:rg:" + LocalDate.now(calendar.zone()).toEpochDay());
        assertThat(secondGo.plainText()).startsWith("Tidak ada yang dikirim");
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'remind-all:%'")
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(telegram.messageCount(LURAH_ALPHA)).isEqualTo(lurahBefore + 1);
        assertThat(telegram.messageCount(CAMAT)).isEqualTo(camatBefore + 1);
        assertThat(telegram.messageCount(LURAH_BETA)).isEqualTo(betaBefore);

        LocalDate today = LocalDate.now(calendar.zone());
        if (calendar.isWorkingDay(today)) {
            reminderJobs().planAt(today.atTime(10, 0).atZone(calendar.zone()).toInstant());
            assertThat(jdbc.sql("select chat_id from outbox_message where dedupe_key like 'prompt:%'")
                    .query(Long.class).list()).as("the scheduled prompt only to whom HR did not remind today")
                    .containsExactly(LURAH_BETA);
        }
    }

    @Test
    void forged_or_stale_admin_buttons_change_nothing() {
        String today = String.valueOf(LocalDate.now(calendar.zone()).toEpochDay());
        String yesterday = String.valueOf(LocalDate.now(calendar.zone()).minusDays(1).toEpochDay());
        for (String data : List.of("adm:ra", "adm:rg:" + today, "adm:u:" + period + ":0:0", "adm:p:0:0", "adm:rs:1")) {
            var refused = telegram.awaitCallbackAnswerFor(
                    telegram.forgeCallbackQuery(LURAH_BETA, LURAH_BETA, 1, data), TIMEOUT);
            assertThat(refused.text()).as(data).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        var stale = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(HR_ALPHA, HR_ALPHA, 1, "adm:rg:" + yesterday), TIMEOUT);
        assertThat(stale.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        var otherPeriod = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(HR_ALPHA, HR_ALPHA, 1, "adm:u:" + (period + 100) + ":0:0"), TIMEOUT);
        assertThat(otherPeriod.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key like 'remind-all:%'"
                + " or dedupe_key like 'resend:%'").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'REMIND_ALL'").query(Integer.class).single())
                .isZero();
    }

    @Test
    void correction_requests_and_the_development_list_are_limited_to_the_scope_too() {
        long betaRequest = correctionRequest(bintangBeta, 1);
        correctionRequest(ayuAlpha, 2);
        assertThat(say(HR_WHOLE, "/admin").plainText()).contains("Permintaan koreksi data terbuka: 2");

        SentMessage admin = say(HR_ALPHA, "/admin");

        assertThat(admin.plainText()).contains("Permintaan koreksi data terbuka: 1", "· Ayu Alpha ·")
                .doesNotContain("Bintang");
        assertThat(admin.buttonLabels()).filteredOn(l -> l.startsWith("Jawab ")).hasSize(1);
        for (String data : List.of("kr:v:" + betaRequest, "kr:ok:" + betaRequest)) {
            var refused = telegram.awaitCallbackAnswerFor(
                    telegram.forgeCallbackQuery(HR_ALPHA, HR_ALPHA, admin.messageId(), data), TIMEOUT);
            assertThat(refused.text()).as(data).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(jdbc.sql("select status from correction_request where id = ?").param(betaRequest)
                .query(String.class).single()).isEqualTo("OPEN");
        SentMessage below = tapForNewMessage(HR_ALPHA, admin, "Di bawah target JP");
        assertThat(below.plainText()).contains("Ayu Alpha", "Lina Lingkungan").doesNotContain("Bintang", "Budiman");
    }

    private long correctionRequest(long employee, int seq) {
        return jdbc.sql("""
                        insert into correction_request (year, seq, employee_id, field, wrong, wanted, filed_at, due_at)
                        values (2026, ?, ?, 'POSITION', 'lama', 'baru', now(), now() + interval '3 days') returning id""")
                .params(seq, employee).query(Long.class).single();
    }

    private void parent(long unit, long parent) {
        jdbc.sql("update unit set parent_id = ? where id = ?").params(parent, unit).update();
    }

    private void markUnreachable(long employee, String reason) {
        jdbc.sql("update employee set unreachable_at = now(), unreachable_reason = ? where id = ?")
                .params(reason, employee).update();
    }

    /** A message that was in flight when the instance died: UNCONFIRMED. */
    private void unconfirmed(long employee, long chat, String html) {
        jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, employee_id, html, status, attempts,
                                                    not_before, created_at, attempted_at)
                        values (?, 'REMINDER', ?, ?, ?, 'UNCONFIRMED', 1, now(), now(), now())""")
                .params("test:" + employee, chat, employee, html).update();
    }

    /** Taps a button and returns the new message the bot sends for it. */
    private SentMessage tapForNewMessage(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }

    /** A tap with these data on the last message, and the new message it brings. */
    private SentMessage sayByTap(long user, String data) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(user, user,
                telegram.lastMessageIn(user).messageId(), data), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }
}
