package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.SentMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /umumkan: the HR admin of Kelurahan A announces to the people of A; Kelurahan B never gets it. Preview, audience
 * (everyone, one unit subtree, supervisors), the "Sudah dibaca" button counted once, the status counts, a long
 * text split, forged and stale buttons, and anyone else refused.
 */
class AnnouncementEndToEndTest extends EndToEndTest {

    private static final long HR = 6101;
    private static final long LURAH_A = 6102;
    private static final long STAFF_A = 6103;
    private static final long STAFF_A1 = 6104;
    private static final long LURAH_B = 6105;
    private static final long STAFF_B = 6106;

    private long unitA;
    private long unitA1;
    private long unitB;

    @BeforeEach
    void twoKelurahan() {
        long kecamatan = fixtures.unit("Kecamatan Uji");
        unitA = fixtures.unit("Kelurahan A");
        unitA1 = fixtures.unit("Lingkungan A1");
        unitB = fixtures.unit("Kelurahan B");
        jdbc.sql("update unit set parent_id = ? where id in (?, ?)").params(kecamatan, unitA, unitB).update();
        jdbc.sql("update unit set parent_id = ? where id = ?").params(unitA, unitA1).update();
        long lurahA = fixtures.employee("Lurah Anwar", "Lurah", unitA, null);
        long hr = fixtures.employee("Siti Kepegawaian", "Analis SDM", unitA, lurahA);
        long staffA = fixtures.employee("Andi Pelayanan", "Petugas", unitA, lurahA);
        long staffA1 = fixtures.employee("Kepling Amir", "Kepala Lingkungan", unitA1, lurahA);
        fixtures.employee("Belum Tertaut", "Petugas", unitA, lurahA);
        long lurahB = fixtures.employee("Lurah Budi", "Lurah", unitB, null);
        long staffB = fixtures.employee("Bambang Pelayanan", "Petugas", unitB, lurahB);
        jdbc.sql("update employee set is_admin = true, admin_unit_id = ? where id = ?").params(unitA, hr).update();
        long[][] people = {{HR, hr}, {LURAH_A, lurahA}, {STAFF_A, staffA}, {STAFF_A1, staffA1}, {LURAH_B, lurahB},
                {STAFF_B, staffB}};
        for (long[] person : people) {
            telegram.registerUser(person[0], "User" + person[0], "id");
            linked(person[0], person[1]);
        }
    }

    @Test
    void hr_of_kelurahan_a_announces_to_everyone_of_a_and_sees_it_received_and_read_once() {
        SentMessage intro = say(HR, "/umumkan");
        assertThat(intro.plainText()).contains("Buat pengumuman", "Kelurahan A");

        SentMessage preview = say(HR, "Bimtek SKP <b>Senin</b> & Selasa, daftar di https://example.org/bimtek");
        assertThat(preview.plainText()).contains("Pratinjau", "Pengumuman Kepegawaian",
                "Bimtek SKP <b>Senin</b> & Selasa, daftar di https://example.org/bimtek", "— Siti Kepegawaian");
        assertThat(preview.text()).as("HR's text is escaped, not markup").contains("&lt;b&gt;Senin&lt;/b&gt; &amp; Selasa");

        SentMessage audience = tapForNewMessage(HR, preview, "Pilih penerima");
        assertThat(audience.plainText()).contains("Kirim ke siapa?", "Kelurahan A");
        assertThat(telegram.messagesIn(HR).stream().filter(m -> m.messageId() == preview.messageId()).findFirst()
                .orElseThrow().keyboard()).as("the preview's buttons are gone").isEmpty();

        SentMessage ack = tapAndAwaitEdit(HR, audience, "Semua pegawai");
        assertThat(ack.plainText()).contains("Penerima: semua pegawai Kelurahan A", "Sudah dibaca");
        SentMessage confirm = tapAndAwaitEdit(HR, ack, "Ya, dengan tombol");
        assertThat(confirm.plainText()).contains("Akan menerima: 4 orang",
                "Belum menautkan Telegram (tidak menerima): 1 orang", "Tombol «Sudah dibaca»: ada");
        long draft = draftId();

        SentMessage sent = tapAndAwaitEdit(HR, confirm, "Kirim sekarang");
        assertThat(sent.plainText()).contains("masuk antrean untuk 4 orang");

        for (long user : List.of(LURAH_A, STAFF_A, STAFF_A1, HR)) {
            SentMessage got = telegram.awaitMessage(user, m -> m.plainText().contains("Pengumuman Kepegawaian\n\nBimtek SKP")
                    && !m.plainText().contains("Pratinjau"), TIMEOUT);
            assertThat(got.plainText()).contains("Bimtek SKP <b>Senin</b> & Selasa, daftar di https://example.org/bimtek");
            assertThat(got.buttonLabels()).containsExactly("✅ Sudah dibaca");
        }
        awaitDelivered(4);
        assertThat(announcementTexts(LURAH_B)).as("Kelurahan B is outside the scope").isEmpty();
        assertThat(announcementTexts(STAFF_B)).isEmpty();

        SentMessage staffCopy = telegram.awaitMessageContaining(STAFF_A, "Bimtek SKP", TIMEOUT);
        assertThat(telegram.messagesIn(STAFF_A).stream().filter(m -> m.plainText().contains("Bimtek SKP"))).hasSize(1);
        var acknowledged = telegram.awaitCallbackAnswerFor(telegram.tapButton(STAFF_A, staffCopy, "Sudah dibaca"), TIMEOUT);
        assertThat(acknowledged.text()).isEqualTo("Terima kasih, tercatat sudah dibaca.");
        var again = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(STAFF_A, STAFF_A, staffCopy.messageId(),
                "an:ok:" + draft), TIMEOUT);
        assertThat(again.text()).isEqualTo("Sudah tercatat sebelumnya.");
        var outsider = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(LURAH_B, LURAH_B, 1,
                "an:ok:" + draft), TIMEOUT);
        assertThat(outsider.text()).as("someone who never got it cannot count as having read it")
                .isEqualTo("Tombol ini sudah tidak berlaku.");

        SentMessage status = tapForNewMessage(HR, say(HR, "/umumkan"), "Status pengumuman");
        assertThat(status.plainText()).contains("Pengumuman Anda", "Bimtek SKP", "Penerima: semua pegawai Kelurahan A",
                "Antre: 4 · diterima: 4 · sudah dibaca: 1");
        int before = telegram.messageCount(STAFF_A);
        say(STAFF_A, "/data_saya");
        telegram.awaitMessageCount(STAFF_A, before + 3, TIMEOUT);
        String copy = new String(telegram.documentsIn(STAFF_A).get(0).content(), StandardCharsets.UTF_8);
        assertThat(copy).as("the data copy names the announcement received and when it was acknowledged")
                .containsPattern("\"announcements_received\"\\s*:\\s*\\[\\s*\\{\\s*\"announcement\"\\s*:\\s*" + draft
                        + "[^}]*\"with_read_button\"\\s*:\\s*true[^}]*\"acknowledged_at\"\\s*:\\s*\"20");
        assertThat(jdbc.sql("select details from audit_log where action = 'ANNOUNCEMENT_SENT' and subject = ?")
                .param("announcement:" + draft).query(String.class).single())
                .contains("audience=EVERYONE", "ack=true", "recipients=4");
    }

    @Test
    void one_unit_subtree_is_picked_from_the_units_of_the_scope_only() {
        SentMessage audience = writeAndChooseAudience("Rapat kepala lingkungan besok pagi.");
        long draft = draftId();

        SentMessage units = tapAndAwaitEdit(HR, audience, "Satu unit");
        assertThat(units.buttonLabels()).containsExactly("Kelurahan A", "· Lingkungan A1", "⬅️ Kembali");

        var forged = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(HR, HR, units.messageId(),
                "an:un:" + draft + ":" + unitB), TIMEOUT);
        assertThat(forged.text()).as("a unit outside the scope").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select audience from announcement where id = ?").param(draft).query(String.class).optional()
                .orElse(null)).isNull();

        SentMessage ack = tapAndAwaitEdit(HR, units, "Lingkungan A1");
        assertThat(ack.plainText()).contains("semua pegawai Lingkungan A1 dan unit di bawahnya");
        SentMessage confirm = tapAndAwaitEdit(HR, ack, "Tanpa tombol");
        assertThat(confirm.plainText()).contains("Akan menerima: 1 orang", "Tombol «Sudah dibaca»: tidak ada");
        tapAndAwaitEdit(HR, confirm, "Kirim sekarang");

        SentMessage got = telegram.awaitMessageContaining(STAFF_A1, "Rapat kepala lingkungan", TIMEOUT);
        assertThat(got.keyboard()).isEmpty();
        awaitDelivered(1);
        for (long user : List.of(HR, LURAH_A, STAFF_A, LURAH_B, STAFF_B)) {
            assertThat(announcementTexts(user)).as("user " + user).isEmpty();
        }
    }

    @Test
    void the_units_of_a_large_scope_are_paged_in_tree_order() {
        for (int i = 2; i <= 10; i++) {
            jdbc.sql("update unit set parent_id = ? where id = ?").params(unitA, fixtures.unit("Lingkungan A" + i)).update();
        }
        SentMessage page1 = tapAndAwaitEdit(HR, writeAndChooseAudience("Uji halaman."), "Satu unit");
        assertThat(page1.plainText()).contains("halaman 1 dari 2");
        assertThat(page1.buttonLabels()).containsExactly("Kelurahan A", "· Lingkungan A1", "· Lingkungan A10",
                "· Lingkungan A2", "· Lingkungan A3", "· Lingkungan A4", "· Lingkungan A5", "· Lingkungan A6",
                "Berikutnya »", "⬅️ Kembali");
        SentMessage page2 = tapAndAwaitEdit(HR, page1, "Berikutnya");
        assertThat(page2.plainText()).contains("halaman 2 dari 2");
        assertThat(page2.buttonLabels()).containsExactly("· Lingkungan A7", "· Lingkungan A8", "· Lingkungan A9",
                "« Sebelumnya", "⬅️ Kembali");
        SentMessage back = tapAndAwaitEdit(HR, page2, "Kembali");
        assertThat(back.buttonLabels()).contains("Semua pegawai", "Satu unit…", "Hanya para atasan");
    }

    @Test
    void supervisors_only_reaches_the_supervisors_of_the_scope() {
        SentMessage audience = writeAndChooseAudience("Tenggat penilaian dimajukan ke tanggal 25.");
        SentMessage ack = tapAndAwaitEdit(HR, audience, "Hanya para atasan");
        SentMessage confirm = tapAndAwaitEdit(HR, ack, "Tanpa tombol");
        assertThat(confirm.plainText()).contains("Penerima: para atasan di Kelurahan A", "Akan menerima: 1 orang");
        tapAndAwaitEdit(HR, confirm, "Kirim sekarang");

        telegram.awaitMessageContaining(LURAH_A, "Tenggat penilaian dimajukan", TIMEOUT);
        awaitDelivered(1);
        for (long user : List.of(HR, STAFF_A, STAFF_A1, LURAH_B, STAFF_B)) {
            assertThat(announcementTexts(user)).as("user " + user).isEmpty();
        }
    }

    @Test
    void a_long_announcement_written_in_two_messages_is_joined_and_arrives_split_at_the_telegram_limit() {
        say(HR, "/umumkan");
        String first = "Bagian pertama & penting. ".repeat(120).strip();   // 3119 characters, "&" grows when escaped
        String second = "Bagian kedua <lanjutan>. ".repeat(100).strip();
        SentMessage firstPreview = say(HR, first);
        int before = telegram.messageCount(HR);
        telegram.sendText(HR, second);
        SentMessage lastPart = telegram.awaitMessage(HR, m -> m.hasButton("👥 Pilih penerima")
                && m.messageId() > firstPreview.messageId(), TIMEOUT);
        assertThat(telegram.messageCount(HR)).as("the preview of the joined text comes in parts").isGreaterThan(before + 1);

        SentMessage audience = tapForNewMessage(HR, lastPart, "Pilih penerima");
        SentMessage confirm = tapAndAwaitEdit(HR, tapAndAwaitEdit(HR, audience, "Semua pegawai"), "Ya, dengan tombol");
        tapAndAwaitEdit(HR, confirm, "Kirim sekarang");

        SentMessage last = telegram.awaitMessage(STAFF_A, m -> m.hasButton("✅ Sudah dibaca"), TIMEOUT);
        List<SentMessage> parts = telegram.messagesIn(STAFF_A).stream()
                .filter(m -> m.messageId() <= last.messageId() && m.messageId() > lastLinkMessage(STAFF_A)).toList();
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(m -> assertThat(m.plainText().length()).isLessThanOrEqualTo(BotApiEmulator.MAX_TEXT_LENGTH));
        String joined = parts.stream().map(SentMessage::plainText).collect(Collectors.joining("\n"));
        assertThat(joined.replaceAll("\\s+", " ")).contains(first, second.substring(second.length() - 200), "— Siti Kepegawaian");
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(m -> assertThat(m.keyboard()).isEmpty());
    }

    @Test
    void forged_and_stale_buttons_change_nothing_and_anyone_else_is_refused() {
        assertThat(say(STAFF_A, "/umumkan").plainText())
                .isEqualTo("Perintah /umumkan hanya untuk admin kepegawaian. Pengumuman dari kepegawaian akan Anda terima di chat ini.");

        SentMessage audience = writeAndChooseAudience("Pengumuman uji.");
        long draft = draftId();
        for (String data : List.of("an:a:" + draft + ":all", "an:s:" + draft, "an:x:" + draft, "an:st")) {
            var refused = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(STAFF_A, STAFF_A, 1, data), TIMEOUT);
            assertThat(refused.text()).as(data).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        var early = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(HR, HR, audience.messageId(),
                "an:s:" + draft), TIMEOUT);
        assertThat(early.text()).as("no audience chosen yet").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select status from announcement where id = ?").param(draft).query(String.class).single())
                .isEqualTo("DRAFT");

        SentMessage confirm = tapAndAwaitEdit(HR, tapAndAwaitEdit(HR, audience, "Semua pegawai"), "Tanpa tombol");
        tapAndAwaitEdit(HR, confirm, "Kirim sekarang");
        var twice = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(HR, HR, confirm.messageId(),
                "an:s:" + draft), TIMEOUT);
        assertThat(twice.text()).as("a second send").isEqualTo("Tombol ini sudah tidak berlaku.");
        var lateCancel = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(HR, HR, confirm.messageId(),
                "an:x:" + draft), TIMEOUT);
        assertThat(lateCancel.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        awaitDelivered(4);
        assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'announcement'").query(Integer.class).single())
                .isEqualTo(4);
        var noButton = telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(STAFF_A, STAFF_A, 1, "an:ok:" + draft),
                TIMEOUT);
        assertThat(noButton.text()).as("it was sent without a Sudah dibaca button").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select count(acknowledged_at) from announcement_recipient").query(Integer.class).single()).isZero();
    }

    private SentMessage writeAndChooseAudience(String text) {
        say(HR, "/umumkan");
        SentMessage preview = say(HR, text);
        return tapForNewMessage(HR, preview, "Pilih penerima");
    }

    private SentMessage tapForNewMessage(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }

    private long draftId() {
        return jdbc.sql("select max(id) from announcement").query(Long.class).single();
    }

    private void awaitDelivered(int count) {
        await().atMost(TIMEOUT).until(() -> jdbc.sql(
                "select count(*) from outbox_message where kind = 'announcement' and status = 'SENT'")
                .query(Integer.class).single() == count);
    }

    private List<String> announcementTexts(long user) {
        return telegram.messagesIn(user).stream().map(SentMessage::plainText)
                .filter(t -> t.contains("Pengumuman Kepegawaian") && !t.contains("Pratinjau")).toList();
    }

    /** The message id of the greeting after linking: what came before any announcement. */
    private int lastLinkMessage(long user) {
        return telegram.messagesIn(user).stream().filter(m -> m.plainText().contains("✅")).mapToInt(SentMessage::messageId)
                .max().orElse(0);
    }
}
