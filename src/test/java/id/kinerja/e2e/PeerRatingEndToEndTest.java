package id.kinerja.e2e;

import id.kinerja.appraisal.ClosingPeriod;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.peer.PeerRatings;
import id.kinerja.peer.PeerSummaries;
import id.kinerja.peer.PeerSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class PeerRatingEndToEndTest extends EndToEndTest {

    // Distinctive Telegram and employee ids, so the database check below cannot match by accident.
    private static final long ANI = 777001;
    private static final long BUDI = 777002;
    private static final long CITRA = 777003;
    private static final long DEWI = 777004;
    private static final long RINA = 777005;
    private static final long HR = 777006;
    private static final long STRANGER = 777009;
    private static final long GROUP = -100777;

    @Autowired
    private PeerSummaries summaries;
    @Autowired
    private PeerRatings ratings;
    @Autowired
    private ApplicationContext context;

    private long ahmad;
    private long ani;
    private long budi;
    private long citra;
    private long dewi;
    private long eko;
    private long fitri;
    private long hadi;
    private long indra;
    private long rina;
    private long hr;
    private long open;
    private long october;

    @BeforeEach
    void office() {
        jdbc.sql("truncate table peer_rating, peer_aggregate, peer_ballot, peer_published").update();
        jdbc.sql("select setval('employee_id_seq', 900000)").query(Long.class).single();
        long pemerintahan = fixtures.unit("Seksi Pemerintahan");
        ahmad = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", pemerintahan, null);
        ani = fixtures.employee("Ani Rahmawati", "Analis", pemerintahan, ahmad);
        budi = fixtures.employee("Budi Santoso", "Pengadministrasi", pemerintahan, ahmad);
        citra = fixtures.employee("Citra Ayu", "Pranata Komputer", pemerintahan, ahmad);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", pemerintahan, ahmad);
        eko = fixtures.employee("Eko Prasetyo", "Pengadministrasi Umum", pemerintahan, ahmad);
        fitri = fixtures.employee("Fitri Handayani", "Arsiparis", pemerintahan, ahmad);
        fixtures.employee("Gita Savitri", "Bendahara", pemerintahan, ahmad);
        hadi = fixtures.employee("Hadi Wijaya", "Staf", pemerintahan, ahmad);
        indra = fixtures.employee("Indra Gunawan", "Staf", pemerintahan, ahmad);
        long trantib = fixtures.unit("Seksi Trantib");
        rina = fixtures.employee("Rina Sari", "Satpol PP", trantib, null);
        hr = fixtures.employee("Hana Rosa", "Analis SDM", trantib, rina);
        fixtures.employee("Toni", "Satpol PP", trantib, rina);
        fixtures.employee("Umar", "Satpol PP", trantib, rina);
        long kecil = fixtures.unit("Seksi Kecil & <Khusus>");
        fixtures.employee("Wati", "Staf", kecil, null);
        fixtures.employee("Yudi", "Staf", kecil, null);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        october = fixtures.closedMonth(10);
        open = fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true);
        for (long user : new long[] {ANI, BUDI, CITRA, DEWI, RINA, HR, STRANGER}) {
            telegram.registerUser(user, "U" + user, "id");
        }
        telegram.registerGroup(GROUP, "Kecamatan");
        linked(ANI, ani);
        linked(BUDI, budi);
        linked(CITRA, citra);
        linked(DEWI, dewi);
    }

    @Test
    void a_colleague_is_rated_with_one_tap_and_a_comment_arrives_exactly_as_written() {
        SentMessage list = say(ANI, "/nilai_rekan");
        assertThat(list.plainText()).contains("Nilai kerja sama rekan — periode November 2026",
                "Penilaian kerja sama untuk Anda: masih dikumpulkan.", "Halaman 1 dari 2");
        assertThat(list.buttonLabels()).containsExactly("Ahmad Fauzi", "Budi Santoso", "Citra Ayu", "Dewi Lestari",
                "Eko Prasetyo", "Fitri Handayani", "Gita Savitri", "Hadi Wijaya", "Berikutnya ›");

        SentMessage second = tapAndAwaitEdit(ANI, list, "Berikutnya");
        assertThat(second.buttonLabels()).containsExactly("Indra Gunawan", "‹ Sebelumnya")
                .as("never the rater, never another unit").doesNotContain("Ani Rahmawati", "Rina Sari");
        SentMessage first = tapAndAwaitEdit(ANI, second, "Sebelumnya");

        SentMessage stars = tapAndAwaitEdit(ANI, first, "Dewi Lestari");
        assertThat(stars.messageId()).isEqualTo(list.messageId());
        assertThat(stars.plainText()).contains("Bagaimana kerja sama Dewi Lestari (Analis Pemerintahan)");
        assertThat(stars.buttonLabels()).containsExactly("1★", "2★", "3★", "4★", "5★", "Lewati");

        SentMessage saved = tapAndAwaitEdit(ANI, stars, "4★");
        assertThat(saved.plainText()).contains("✅ Tersimpan: Dewi Lestari — ★★★★☆", "komentar singkat (maks. 300 karakter)");
        assertThat(starsGiven(dewi)).as("a tap casts a sealed ballot only").isEmpty();
        assertThat(ratings.givenBy(employees.byId(ani).orElseThrow(), open)).containsEntry(dewi, 4);

        assertThat(say(ANI, "x".repeat(301)).plainText()).contains("terlalu panjang (301 karakter)");
        SentMessage comment = say(ANI, "Kerja sama & <solid>, selalu \"siap\" membantu");
        assertThat(comment.plainText()).isEqualTo("💬 Komentar untuk Dewi Lestari tersimpan: "
                + "Kerja sama & <solid>, selalu \"siap\" membantu");
        assertThat(peerJobs().writePendingBallots()).as("one rater is not a batch").isZero();
        rateByChat(BUDI, "Eko Prasetyo", "3★");
        rateByChat(CITRA, "Eko Prasetyo", "3★");
        assertThat(peerJobs().writePendingBallots()).isEqualTo(3);
        assertThat(jdbc.sql("select comment from peer_rating where ratee_id = ?").param(dewi).query(String.class).single())
                .isEqualTo("Kerja sama & <solid>, selalu \"siap\" membantu");
        assertThat(jdbc.sql("select count(*) from peer_ballot").query(Integer.class).single()).isZero();
        assertThat(say(ANI, "lagi").plainText()).as("the comment step is over").contains("Ketik /bantuan");
    }

    @Test
    void a_command_during_the_comment_step_says_it_was_left_and_takes_the_buttons_off_its_card() {
        SentMessage list = say(ANI, "/nilai_rekan");
        assertThat(list.plainText()).contains("Pilih rekan satu unit yang ingin Anda nilai kerja samanya");
        SentMessage stars = tapAndAwaitEdit(ANI, list, "Dewi Lestari");
        SentMessage saved = tapAndAwaitEdit(ANI, stars, "4★");
        assertThat(saved.buttonLabels()).contains("Tanpa komentar");
        int before = telegram.messageCount(ANI);

        telegram.sendText(ANI, "/skor");

        assertThat(telegram.awaitMessageCount(ANI, before + 1, TIMEOUT).plainText())
                .startsWith("Langkah komentar ditinggalkan; nilai bintang Anda tetap tersimpan.");
        telegram.awaitMessageCount(ANI, before + 2, TIMEOUT);
        assertThat(telegram.awaitMessage(ANI, m -> m.messageId() == saved.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).contains("Tersimpan: Dewi Lestari");

        assertThat(say(ANI, "Kerja sama bagus").plainText())
                .startsWith("Pesan ini tidak disimpan sebagai komentar").doesNotContain("Dewi");
        assertThat(say(ANI, "lagi").plainText()).contains("tidak mengerti");
        assertThat(ratings.givenBy(employees.byId(ani).orElseThrow(), open))
                .as("the stars stay cast (a sealed ballot until its batch is written)").containsEntry(dewi, 4);
    }

    @Test
    void a_new_rating_replaces_the_old_one_and_skipping_records_nothing() {
        rateByChat(ANI, "Dewi Lestari", "2★");
        SentMessage noComment = telegram.lastMessageIn(ANI);
        SentMessage done = tapAndAwaitEdit(ANI, noComment, "Tanpa komentar");
        assertThat(done.plainText()).isEqualTo("✅ Penilaian tersimpan tanpa komentar.");

        SentMessage list = say(ANI, "/nilai_rekan");
        assertThat(list.buttonLabels()).contains("Dewi Lestari — ★★☆☆☆");
        SentMessage stars = tapAndAwaitEdit(ANI, list, "Dewi Lestari");
        assertThat(stars.plainText()).contains("Nilai Anda saat ini: ★★☆☆☆");
        assertThat(tapAndAwaitEdit(ANI, stars, "5★").plainText()).contains("✅ Diperbarui: Dewi Lestari — ★★★★★");
        assertThat(ratings.givenBy(employees.byId(ani).orElseThrow(), open)).containsEntry(dewi, 5);

        SentMessage back = tapAndAwaitEdit(ANI, telegram.lastMessageIn(ANI), "Daftar rekan");
        SentMessage ekoStars = tapAndAwaitEdit(ANI, back, "Eko Prasetyo");
        SentMessage skipped = tapAndAwaitEdit(ANI, ekoStars, "Lewati");
        assertThat(skipped.plainText()).startsWith("Dilewati: Eko Prasetyo. Tidak ada yang dicatat.");
        assertThat(ratings.givenBy(employees.byId(ani).orElseThrow(), open)).doesNotContainKey(eko);
        closePeriod("2026-11");
        assertThat(starsGiven(dewi)).as("the last ballot wins").containsExactly(5);
        assertThat(starsGiven(eko)).isEmpty();
        assertThat(jdbc.sql("select count(*) from peer_rating").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void an_average_a_count_or_a_comment_is_shown_only_from_three_raters() {
        rateByChat(ANI, "Dewi Lestari", "4★");
        say(ANI, "Kerja sama & <solid>");
        rateByChat(BUDI, "Dewi Lestari", "5★");

        assertThat(summaries.forRatee(dewi, open)).as("two raters").isEmpty();
        SentMessage below = say(DEWI, "/nilai_rekan");
        assertThat(below.plainText()).contains("Penilaian kerja sama untuk Anda: masih dikumpulkan.")
                .doesNotContain("rata-rata", "4,5", "2 rekan", "solid");
        assertThat(below.buttonLabels()).doesNotContain("Baca komentar rekan untuk saya");

        assertThat(peerJobs().writePendingBallots()).as("two raters are not a batch").isZero();
        rateByChat(CITRA, "Dewi Lestari", "3★");
        assertThat(summaries.forRatee(dewi, open)).as("not yet written").isEmpty();
        assertThat(peerJobs().writePendingBallots()).isEqualTo(3);

        Optional<PeerSummary> summary = summaries.forRatee(dewi, open);
        assertThat(summary).isPresent();
        assertThat(summary.get().count()).isEqualTo(3);
        assertThat(summary.get().average()).isEqualByComparingTo(new BigDecimal("4"));
        assertThat(summary.get().comments()).containsExactly("Kerja sama & <solid>");
        SentMessage reached = say(DEWI, "/nilai_rekan");
        assertThat(reached.plainText()).contains("Penilaian kerja sama untuk Anda: rata-rata 4,0 dari 3 rekan.");
        int before = telegram.messageCount(DEWI);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(DEWI, reached, "Baca komentar"), TIMEOUT);
        assertThat(telegram.awaitMessageCount(DEWI, before + 1, TIMEOUT).plainText())
                .contains("Komentar rekan untuk Anda (1, tanpa nama):", "• Kerja sama & <solid>")
                .doesNotContain("Ani");
        assertThat(summaries.forRatee(eko, open)).isEmpty();
    }

    @Test
    void prompts_ask_about_the_colleagues_with_the_fewest_ratings_once_per_period_and_hr_hears_of_small_units() {
        linked(HR, hr);
        for (long ratee : new long[] {ani, budi, citra, dewi, eko}) {
            jdbc.sql("insert into peer_rating (period_id, ratee_id, rater_pseudonym, stars) values (?, ?, 'ahmad', 4)")
                    .params(open, ratee).update();
        }
        // Ahmad, Fitri, Gita, Hadi and Indra have no rating yet; requests rotate from the rater's own id on.
        assertThat(peerJobs().planPromptsAt(Instant.parse("2026-12-01T16:59:00Z"))).as("before the window (Dec 1 WIB)").isZero();

        int queued = peerJobs().planPromptsAt(Instant.parse("2026-12-02T02:00:00Z"));

        assertThat(queued).as("4 linked in Pemerintahan, HR in Trantib, the small unit to HR").isEqualTo(6);
        assertThat(peerJobs().planPromptsAt(Instant.parse("2026-12-03T02:00:00Z"))).as("once per period").isZero();
        Map<String, Object> aniPrompt = jdbc.sql("select * from outbox_message where dedupe_key = ?")
                .param("peer-prompt:2026-11:" + ani).query().singleRow();
        assertThat(aniPrompt.get("chat_id")).isEqualTo(ANI);
        assertThat(aniPrompt.get("html").toString()).contains("periode November 2026", "• Fitri Handayani (Arsiparis)",
                "• Gita Savitri", "• Hadi Wijaya").doesNotContain("Ani Rahmawati", "Ahmad", "Indra", "Budi");
        Map<String, Object> budiPrompt = jdbc.sql("select * from outbox_message where dedupe_key = ?")
                .param("peer-prompt:2026-11:" + budi).query().singleRow();
        assertThat(budiPrompt.get("html").toString()).as("then the last two without ratings, then one with the fewest")
                .contains("• Indra Gunawan", "• Ahmad Fauzi", "• Citra Ayu").doesNotContain("Budi Santoso", "Fitri", "Hadi");
        assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'PEER_PROMPT' and employee_id = ?")
                .param(ahmad).query(Integer.class).single()).as("not linked").isZero();
        assertThat(jdbc.sql("select html from outbox_message where kind = 'PEER_SMALL_UNIT' and chat_id = ?")
                .param(HR).query(String.class).single())
                .contains("Seksi Kecil &amp; &lt;Khusus&gt;", "2 pegawai aktif", "minimal 4");

        // A tap in the prompt (delivered by the outbox elsewhere) rates and redraws it in place.
        List<String> data = callbackData(aniPrompt.get("keyboard").toString());
        String fitriFour = data.stream().filter(d -> d.matches("pr:q:.*:04")).findFirst().orElseThrow();
        SentMessage carrier = say(ANI, "/bantuan");
        CallbackAnswer answer = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(ANI, ANI, carrier.messageId(), fitriFour), TIMEOUT);
        assertThat(answer.text()).isEqualTo("Tersimpan.");
        SentMessage prompt = telegram.awaitMessage(ANI, m -> m.messageId() == carrier.messageId()
                && m.plainText().contains("✅ Fitri Handayani — ★★★★☆"), TIMEOUT);
        assertThat(prompt.plainText()).contains("• Gita Savitri", "• Hadi Wijaya");
        SentMessage skippedGita = tapAndAwaitEdit(ANI, prompt, "Lewati");
        assertThat(skippedGita.plainText()).contains("✅ Fitri Handayani — ★★★★☆", "➖ Gita Savitri — dilewati",
                "• Hadi Wijaya");
        SentMessage done = tapAndAwaitEdit(ANI, skippedGita, "5★");
        assertThat(done.plainText()).contains("✅ Fitri Handayani — ★★★★☆", "➖ Gita Savitri — dilewati",
                "✅ Hadi Wijaya — ★★★★★", "Terima kasih!");
        assertThat(done.keyboard()).isEmpty();
        assertThat(ratings.givenBy(employees.byId(ani).orElseThrow(), open))
                .containsExactlyInAnyOrderEntriesOf(Map.of(fitri, 4, hadi, 5));
    }

    @Test
    void in_a_group_the_command_only_points_to_the_private_chat() {
        for (String command : new String[] {"/nilai_rekan", "/rate@" + telegram.botUsername()}) {
            int before = telegram.messageCount(GROUP);
            telegram.sendTextInGroup(GROUP, ANI, command);
            SentMessage answer = telegram.awaitMessageCount(GROUP, before + 1, TIMEOUT);

            assertThat(answer.plainText()).contains("chat pribadi").doesNotContain("Dewi", "Budi", "Ahmad");
            assertThat(answer.keyboard()).hasSize(1);
            assertThat(answer.keyboard().get(0).get(0).url()).startsWith("https://t.me/" + telegram.botUsername());
        }
        assertThat(say(STRANGER, "/nilai_rekan").plainText()).as("unlinked").contains("belum ditautkan");
    }

    @Test
    void forged_buttons_are_refused_politely_and_change_nothing() {
        SentMessage help = say(ANI, "/bantuan");
        assertThat(forge(ANI, help, "pr:s:" + open + ":" + rina + ":5"))
                .isEqualTo("Anda hanya dapat menilai rekan dari unit yang sama.");
        assertThat(forge(ANI, help, "pr:c:" + open + ":" + rina)).isEqualTo("Anda hanya dapat menilai rekan dari unit yang sama.");
        assertThat(forge(ANI, help, "pr:s:" + open + ":" + ani + ":5")).isEqualTo("Anda tidak dapat menilai diri sendiri.");
        assertThat(forge(ANI, help, "pr:s:" + october + ":" + dewi + ":5"))
                .isEqualTo("Periode ini sudah ditutup; penilaian rekan tidak dapat diubah lagi. Terima kasih!");
        assertThat(forge(ANI, help, "pr:s:" + open + ":999999:5")).isEqualTo("Data ini sudah tidak tersedia.");
        assertThat(forge(ANI, help, "pr:s:999999:" + dewi + ":5")).isEqualTo("Data ini sudah tidak tersedia.");
        assertThat(forge(ANI, help, "pr:q:" + open + ":0:" + dewi + "." + rina + ":04"))
                .as("a prompt naming someone of another unit").isEqualTo("Anda hanya dapat menilai rekan dari unit yang sama.");
        assertThat(forge(ANI, help, "pr:q:" + open + ":0:" + ani + ":05")).isEqualTo("Anda tidak dapat menilai diri sendiri.");
        assertThat(forge(ANI, help, "pr:s:" + open + ":" + dewi + ":9")).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(ANI, help, "pr:s:" + open + ":" + dewi)).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(ANI, help, "pr:q:" + open + ":0:" + dewi + ":34")).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(ANI, help, "pr:")).isEqualTo("Tombol ini sudah tidak berlaku.");
        SentMessage strangerHelp = say(STRANGER, "/bantuan");
        assertThat(forge(STRANGER, strangerHelp, "pr:s:" + open + ":" + dewi + ":5")).contains("belum ditautkan");

        assertThat(jdbc.sql("select count(*) from peer_rating").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from peer_ballot").query(Integer.class).single()).isZero();
        assertThat(telegram.messagesIn(ANI)).filteredOn(m -> m.messageId() == help.messageId())
                .allSatisfy(m -> assertThat(m.edited()).isFalse());
    }

    @Test
    void closing_the_period_freezes_ratings_and_keeps_aggregates_only_as_far_as_the_threshold_allows() throws Exception {
        rateByChat(ANI, "Dewi Lestari", "5★");
        say(ANI, "Selalu membantu");
        rateByChat(BUDI, "Dewi Lestari", "4★");
        rateByChat(CITRA, "Dewi Lestari", "4★");
        rateByChat(ANI, "Eko Prasetyo", "2★");
        SentMessage list = say(ANI, "/nilai_rekan");
        SentMessage ekoStars = tapAndAwaitEdit(ANI, list, "Eko Prasetyo");

        closePeriod("2026-11");

        assertThat(jdbc.sql("select rater_count || '/' || average || '/' || array_to_string(comments, '|') from peer_aggregate where ratee_id = ?")
                .param(dewi).query(String.class).single()).isEqualTo("3/4.33/Selalu membantu");
        assertThat(jdbc.sql("select rater_count || '/' || coalesce(average::text, '-') || '/' || coalesce(comments::text, '-') from peer_aggregate where ratee_id = ?")
                .param(eko).query(String.class).single()).isEqualTo("1/-/-");
        assertThat(summaries.forRatee(dewi, open).map(PeerSummary::count)).contains(3);
        assertThat(summaries.forRatee(eko, open)).isEmpty();

        long update = telegram.tapButton(ANI, ekoStars, "5★");
        CallbackAnswer answer = telegram.awaitCallbackAnswerFor(update, TIMEOUT);
        assertThat(answer.text()).isEqualTo("Periode ini sudah ditutup; penilaian rekan tidak dapat diubah lagi. Terima kasih!");
        assertThat(answer.showAlert()).isTrue();
        assertThat(starsGiven(eko)).containsExactly(2);
        assertThat(say(ANI, "/nilai_rekan").plainText()).contains("Tidak ada periode penilaian yang sedang dibuka");
    }

    @Test
    void no_column_of_the_peer_tables_holds_a_raters_employee_id_or_telegram_id() throws Exception {
        rateByChat(ANI, "Dewi Lestari", "5★");
        say(ANI, "Rapi dan tepat waktu");
        rateByChat(BUDI, "Dewi Lestari", "4★");
        rateByChat(CITRA, "Dewi Lestari", "3★");
        rateByChat(ANI, "Eko Prasetyo", "2★");
        rateByChat(BUDI, "Ahmad Fauzi", "4★");
        closePeriod("2026-11");

        List<String> raterIds = List.of(Long.toString(ani), Long.toString(budi), Long.toString(citra),
                Long.toString(ANI), Long.toString(BUDI), Long.toString(CITRA));
        List<Map<String, Object>> columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = current_schema() and table_name like 'peer%' order by 1, 2""")
                .query().listOfRows();
        assertThat(columns).extracting(c -> c.get("table_name") + "." + c.get("column_name")).contains(
                "peer_rating.rater_pseudonym", "peer_rating.ratee_id", "peer_aggregate.rater_count");
        assertThat(jdbc.sql("select count(*) from peer_rating").query(Integer.class).single()).isEqualTo(5);
        List<String> leaks = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String sql = "select count(*) from " + column.get("table_name") + " where position(? in coalesce("
                    + column.get("column_name") + "::text, '')) > 0";
            for (String id : raterIds) {
                if (jdbc.sql(sql).param(id).query(Integer.class).single() > 0) {
                    leaks.add(column.get("table_name") + "." + column.get("column_name") + " contains " + id);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private void rateByChat(long user, String colleague, String stars) {
        SentMessage list = say(user, "/nilai_rekan");
        if (!list.hasButton(colleague)) {
            list = tapAndAwaitEdit(user, list, "Berikutnya");
        }
        SentMessage starScreen = tapAndAwaitEdit(user, list, colleague);
        assertThat(tapAndAwaitEdit(user, starScreen, stars).plainText()).contains("✅");
    }

    private List<Integer> starsGiven(long ratee) {
        return jdbc.sql("select stars from peer_rating where ratee_id = ? and period_id = ?").params(ratee, open)
                .query(Integer.class).list();
    }

    private String forge(long user, SentMessage message, String data) {
        CallbackAnswer answer = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(user, user, message.messageId(), data), TIMEOUT);
        assertThat(answer.showAlert()).as(data).isTrue();
        return answer.text();
    }

    /** The real close-period use case, as `close-period` runs it. */
    private void closePeriod(String code) {
        assertThat(context.getBean(ClosingPeriod.class).close(code)).isEmpty();
    }

    private static List<String> callbackData(String keyboardJson) {
        try {
            List<String> data = new ArrayList<>();
            for (JsonNode row : new ObjectMapper().readTree(keyboardJson)) {
                for (JsonNode button : row) {
                    if (button.hasNonNull("data")) {
                        data.add(button.get("data").asText());
                    }
                }
            }
            return data;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
