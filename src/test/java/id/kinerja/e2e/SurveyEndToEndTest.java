package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.SurveyJobs;
import id.kinerja.survey.SurveyLinks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A citizen scans the QR code at the counter and answers the SKM survey in the chat (docs/SPEC.md §2.7). */
class SurveyEndToEndTest extends EndToEndTest {

    // Distinctive ids, so that the database check below cannot match by accident.
    private static final long CITIZEN = 8800117;
    private static final long SECOND = 8800223;
    private static final long THIRD = 8800331;
    private static final long TOURIST = 8800449;
    private static final long STAFF = 8800557;

    @Autowired
    private SurveyLinks links;
    @Autowired
    private Units units;
    @Autowired
    private ApplicationContext context;

    private Unit office;
    private Unit kelurahan;

    @BeforeEach
    void offices() {
        office = units.byId(fixtures.unit("Kantor Camat Uji")).orElseThrow();
        long kelurahanId = fixtures.unit("Kelurahan Uji");
        jdbc.sql("update unit set parent_id = ? where id = ?").params(office.id(), kelurahanId).update();
        kelurahan = units.byId(kelurahanId).orElseThrow();
        telegram.registerUser(CITIZEN, "Warga", "id");
        telegram.registerUser(SECOND, "Warga Dua", "id");
        telegram.registerUser(THIRD, "Warga Tiga", "id");
        telegram.registerUser(TOURIST, "Jane", "en");
        telegram.registerUser(STAFF, "Pegawai", "id");
    }

    @Test
    void a_citizen_scans_the_code_answers_every_step_with_one_back_and_leaves_a_suggestion() {
        SentMessage card = open(CITIZEN, links.payload(office, null));
        assertThat(telegram.messagesIn(CITIZEN).get(0).plainText())
                .contains("Survei Kepuasan Masyarakat", "Kantor Camat Uji", "anonim", "satu menit");
        assertThat(card.plainText()).contains("Layanan apa yang Anda terima hari ini?");
        assertThat(card.buttonLabels()).containsExactly("Surat Keterangan Ahli Waris", "Surat Keterangan Tidak Mampu");

        card = tapAndAwaitEdit(CITIZEN, card, "Ahli Waris");
        assertThat(card.plainText()).contains("Layanan: Surat Keterangan Ahli Waris", "Profil responden 1/4", "Jenis kelamin");
        assertThat(card.buttonLabels()).contains("Laki-laki", "Perempuan", "Lewati", "‹ Kembali");
        card = tapAndAwaitEdit(CITIZEN, card, "Perempuan");
        assertThat(card.plainText()).contains("2/4", "Usia");
        card = tapAndAwaitEdit(CITIZEN, card, "Lewati");
        assertThat(card.plainText()).contains("3/4", "Pendidikan");
        card = tapAndAwaitEdit(CITIZEN, card, "S1/D4");
        card = tapAndAwaitEdit(CITIZEN, card, "Lewati");

        assertThat(card.plainText()).contains("Pertanyaan 1/9 — Persyaratan", "kesesuaian persyaratan");
        assertThat(card.buttonLabels()).containsExactly("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai",
                "‹ Kembali");
        card = answer(CITIZEN, card, 4);
        assertThat(card.plainText()).contains("2/9 — Sistem, Mekanisme, dan Prosedur");
        card = answer(CITIZEN, card, 2);
        assertThat(card.plainText()).contains("3/9 — Waktu Penyelesaian");
        card = tapAndAwaitEdit(CITIZEN, card, "Kembali");
        assertThat(card.plainText()).as("back shows the question again, not the answer given")
                .contains("2/9 — Sistem, Mekanisme, dan Prosedur").doesNotContain("Kurang mudah");
        card = answer(CITIZEN, card, 3);
        for (int score : new int[] {2, 4, 3, 4, 4, 1, 3}) {
            card = answer(CITIZEN, card, score);
        }
        assertThat(card.plainText()).contains("saran atau pengaduan", "1.000");
        assertThat(card.buttonLabels()).containsExactly("Lewati", "‹ Kembali");

        SentMessage thanks = say(CITIZEN, "Antrean di loket terlalu lama pada hari Senin.");
        assertThat(thanks.plainText()).contains("Terima kasih", "Kantor Camat Uji", "tanpa nama")
                .doesNotContain("Antrean");
        assertThat(telegram.messagesIn(CITIZEN)).as("welcome, the one card edited in place, thanks").hasSize(3);
        SentMessage finalCard = telegram.messagesIn(CITIZEN).get(1);
        assertThat(finalCard.keyboard()).as("the finished card keeps no buttons").isEmpty();

        assertThat(count("survey_ballot")).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from telegram_account a, survey_ballot b where a.xmin = b.xmin""")
                .query(Long.class).single()).as("the transaction that cast the ballot left the account row alone").isZero();
        assertThat(new SurveyJobs(context).writePendingBallots())
                .as("one survey alone is not written: it would be the only row of its transaction").isZero();
        complete(SECOND, links.payload(office, "sktm"), 4);
        complete(THIRD, links.payload(kelurahan, null), 3);
        assertThat(new SurveyJobs(context).writePendingBallots()).isEqualTo(3);
        assertThat(count("survey_ballot")).isZero();

        Map<String, Object> response = jdbc.sql("""
                select sex, age_band, education, occupation, answered_on::text as day from survey_response
                 where unit_id = ? and service = 'ahli-waris'""").param(office.id()).query().singleRow();
        assertThat(response).containsEntry("sex", "P").containsEntry("age_band", null).containsEntry("education", "S1")
                .containsEntry("occupation", null);
        List<String> answers = jdbc.sql("""
                select a.element || '=' || a.score from survey_answer a join survey_response r on r.id = a.response_id
                 where r.service = 'ahli-waris' order by a.element""").query(String.class).list();
        assertThat(answers).containsExactly("Biaya/Tarif=4", "Kompetensi Pelaksana=4",
                "Penanganan Pengaduan, Saran dan Masukan=3", "Perilaku Pelaksana=4", "Persyaratan=4",
                "Produk Spesifikasi Jenis Pelayanan=3", "Sarana dan Prasarana=1", "Sistem, Mekanisme, dan Prosedur=3",
                "Waktu Penyelesaian=2");
        assertThat(jdbc.sql("select text from survey_suggestion").query(String.class).list())
                .containsExactly("Antrean di loket terlalu lama pada hari Senin.");
        assertThat(jdbc.sql("select count(*) from survey_tally where unit_id = ? and service = 'ahli-waris'")
                .param(office.id()).query(Long.class).single()).isEqualTo(9);
        nothingInTheSurveyTablesNames(CITIZEN, SECOND, THIRD);
    }

    @Test
    void a_second_survey_the_same_day_is_answered_politely_and_changes_nothing() {
        complete(CITIZEN, links.payload(office, "sktm"), 4);
        assertThat(say(CITIZEN, "/start " + links.payload(office, "sktm")).plainText())
                .contains("sudah mengisi survei", "hari ini");
        assertThat(count("survey_draft")).isZero();

        // chosen from the buttons, the same service is caught at the choice
        SentMessage card = open(CITIZEN, links.payload(office, null));
        SentMessage refused = tapAndAwaitEdit(CITIZEN, card, "Tidak Mampu");
        assertThat(refused.plainText()).contains("sudah mengisi survei");
        assertThat(refused.keyboard()).isEmpty();
        assertThat(count("survey_ballot")).isEqualTo(1);
        assertThat(count("survey_respondent")).isEqualTo(1);

        // another service of the same office the same day is a survey of its own
        complete(CITIZEN, links.payload(office, "ahli-waris"), 3);
        assertThat(count("survey_ballot")).isEqualTo(2);
    }

    @Test
    void a_half_finished_survey_resumes_where_it_stopped_and_the_old_buttons_stop_working() {
        SentMessage card = open(CITIZEN, links.payload(office, "ahli-waris"));
        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(CITIZEN, card, "Lewati");
        }
        card = answer(CITIZEN, card, 4);
        card = answer(CITIZEN, card, 4);
        SentMessage old = card;
        assertThat(old.plainText()).contains("3/9");

        int before = telegram.messageCount(CITIZEN);
        telegram.sendText(CITIZEN, "/start " + links.payload(office, "ahli-waris"));
        SentMessage resumed = telegram.awaitMessageCount(CITIZEN, before + 2, TIMEOUT);
        assertThat(telegram.messagesIn(CITIZEN).get(before).plainText()).contains("Melanjutkan survei", "Kantor Camat Uji");
        assertThat(resumed.plainText()).contains("Pertanyaan 3/9 — Waktu Penyelesaian");

        long stale = telegram.tapButton(CITIZEN, old, "Sangat cepat");
        assertThat(telegram.awaitCallbackAnswerFor(stale, TIMEOUT).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(resumed.buttonLabels()).contains("Sangat cepat");
        card = answer(CITIZEN, resumed, 3);
        assertThat(card.plainText()).as("the resumed survey goes on from its own step").contains("4/9");
    }

    @Test
    void a_tampered_or_unknown_payload_opens_nothing_and_is_not_taken_as_a_link_code() {
        String valid = links.payload(office, "sktm");
        String otherUnit = valid.replaceFirst("skm_" + office.id() + "_", "skm_" + kelurahan.id() + "_");
        String otherService = valid.replace("_sktm_", "_ahli-waris_");
        // one character of the signature changed (never to itself: a signature ending in 0 stays valid with a 0)
        String lastChanged = valid.substring(0, valid.length() - 1) + (valid.endsWith("0") ? "1" : "0");
        for (String payload : List.of(otherUnit, otherService, lastChanged,
                "skm_" + office.id() + "_0000000000000000", "skm_", "skm_999999_" + valid.substring(valid.length() - 16))) {
            assertThat(say(CITIZEN, "/start " + payload).plainText()).as(payload).contains("kode survei tidak dikenal");
        }
        assertThat(count("survey_draft")).isZero();
        assertThat(count("survey_start")).isZero();
        assertThat(count("link_attempt")).as("no link code attempt was counted").isZero();
    }

    @Test
    void an_english_speaking_citizen_gets_the_survey_in_english() {
        SentMessage card = open(TOURIST, links.payload(office, null));
        assertThat(telegram.messagesIn(TOURIST).get(0).plainText()).contains("Public Satisfaction Survey", "anonymous");
        assertThat(card.buttonLabels()).containsExactly("Certificate of heirs", "Certificate of low income");
        card = tapAndAwaitEdit(TOURIST, card, "heirs");
        assertThat(card.plainText()).contains("Service: Certificate of heirs", "About you 1/4", "Sex");
        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(TOURIST, card, "Skip");
        }
        assertThat(card.plainText()).contains("Question 1/9 — Requirements");
        assertThat(card.buttonLabels()).contains("Fit very well", "‹ Back");
        for (int i = 0; i < 9; i++) {
            card = answer(TOURIST, card, 4);
        }
        card = tapAndAwaitEdit(TOURIST, card, "Skip");
        assertThat(card.plainText()).contains("Thank you!", "without your name");
        assertThat(count("survey_ballot")).isEqualTo(1);
    }

    @Test
    void cancel_discards_the_survey_and_its_buttons_change_nothing_afterwards() {
        SentMessage card = open(CITIZEN, links.payload(office, "sktm"));
        card = tapAndAwaitEdit(CITIZEN, card, "Laki-laki");
        assertThat(say(CITIZEN, "/batal").plainText()).contains("Survei dibatalkan");
        assertThat(count("survey_draft")).isZero();
        long tap = telegram.tapButton(CITIZEN, card, "Lewati");
        assertThat(telegram.awaitCallbackAnswerFor(tap, TIMEOUT).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(count("survey_draft") + count("survey_ballot")).isZero();
    }

    @Test
    void staff_of_the_office_or_a_unit_below_it_cannot_rate_their_own_office() {
        long employee = fixtures.employee("Siti Pegawai", "Pengadministrasi", kelurahan.id(), null);
        linked(STAFF, employee);
        assertThat(say(STAFF, "/start " + links.payload(office, "sktm")).plainText())
                .contains("tidak dapat mengisi survei kepuasan untuk kantornya sendiri");
        assertThat(say(STAFF, "/start " + links.payload(kelurahan, null)).plainText()).contains("kantornya sendiri");
        assertThat(count("survey_draft")).isZero();
    }

    @Test
    void buttons_from_another_account_or_replayed_after_the_end_change_nothing() {
        SentMessage card = open(CITIZEN, links.payload(office, "sktm"));
        String data = card.button("Perempuan").callbackData();
        long forged = telegram.forgeCallbackQuery(SECOND, SECOND, card.messageId(), data);
        assertThat(telegram.awaitCallbackAnswerFor(forged, TIMEOUT).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        open(SECOND, links.payload(office, "ahli-waris"));
        long crossed = telegram.forgeCallbackQuery(SECOND, SECOND, card.messageId(), data);
        assertThat(telegram.awaitCallbackAnswerFor(crossed, TIMEOUT).text()).as("another survey's nonce")
                .isEqualTo("Tombol ini sudah tidak berlaku.");

        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(CITIZEN, card, "Lewati");
        }
        for (int i = 0; i < 9; i++) {
            card = answer(CITIZEN, card, 2);
        }
        String skip = card.button("Lewati").callbackData();
        card = tapAndAwaitEdit(CITIZEN, card, "Lewati");
        assertThat(card.plainText()).contains("Terima kasih");
        for (String replay : List.of(skip, data, skip.replaceFirst(":\\d+:s$", ":5:a4"))) {
            long again = telegram.forgeCallbackQuery(CITIZEN, CITIZEN, card.messageId(), replay);
            CallbackAnswer answer = telegram.awaitCallbackAnswerFor(again, TIMEOUT);
            assertThat(answer.text()).as(replay).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(count("survey_ballot")).isEqualTo(1);
        assertThat(count("survey_respondent")).isEqualTo(1);
    }

    @Test
    void a_flood_of_survey_starts_is_refused_beyond_the_daily_limit_and_stores_one_row_per_account() {
        String[] payloads = {links.payload(office, "sktm"), links.payload(kelurahan, null)};
        int refused = 0;
        int resumed = 0;
        for (int i = 0; i < 12; i++) {
            int before = telegram.messageCount(CITIZEN);
            telegram.sendText(CITIZEN, "/start " + payloads[i % 2]);
            SentMessage reply = telegram.awaitMessageCount(CITIZEN, before + 1, TIMEOUT);
            if (reply.plainText().contains("terlalu sering")) {
                refused++;
                continue;
            }
            telegram.awaitMessageCount(CITIZEN, before + 2, TIMEOUT); // welcome (or resumed) and the card
            if (telegram.messagesIn(CITIZEN).get(before).plainText().contains("Melanjutkan")) {
                resumed++;
            }
        }
        // starts 1-5 alternate and are allowed; from then on the office's survey (the last started) resumes
        // without counting, and every other start is refused
        assertThat(refused).isEqualTo(4);
        assertThat(resumed).isEqualTo(3);
        assertThat(jdbc.sql("select starts from survey_start").query(Integer.class).single()).isEqualTo(5);
        assertThat(count("survey_start")).isEqualTo(1);
        assertThat(count("survey_draft")).isEqualTo(1);

        // many accounts, one start each: one draft row each, nothing else
        telegram.registerUsers(8810000, 40, "id");
        for (long user = 8810000; user < 8810040; user++) {
            telegram.sendText(user, "/start " + payloads[0]);
        }
        for (long user = 8810000; user < 8810040; user++) {
            telegram.awaitMessageCount(user, 2, TIMEOUT);
        }
        assertThat(count("survey_draft")).isEqualTo(41);
        assertThat(count("survey_start")).isEqualTo(41);
        assertThat(count("survey_ballot") + count("survey_response") + count("survey_respondent")).isZero();
    }

    @Test
    void when_the_gateway_keeps_failing_an_edit_the_current_step_arrives_as_a_new_message_and_the_survey_goes_on() {
        SentMessage card = open(CITIZEN, links.payload(office, "sktm"));
        telegram.gatewayFaultNext("editMessageText", 3, id.kinerja.playground.emulator.BotApiEmulator.GatewayFault.badGateway());
        int before = telegram.messageCount(CITIZEN);
        long tap = telegram.tapButton(CITIZEN, card, "Perempuan");
        telegram.awaitCallbackAnswerFor(tap, TIMEOUT);
        SentMessage fresh = telegram.awaitMessageCount(CITIZEN, before + 1, TIMEOUT);
        assertThat(fresh.plainText()).contains("Profil responden 2/4", "Usia");
        // a 429 with a long retry_after on the next edit: the step is not lost either
        telegram.failNext("editMessageText", 1, 429, "Too Many Requests: retry after 120", 120);
        before = telegram.messageCount(CITIZEN);
        tap = telegram.tapButton(CITIZEN, fresh, "Lewati");
        telegram.awaitCallbackAnswerFor(tap, TIMEOUT);
        SentMessage next = telegram.awaitMessageCount(CITIZEN, before + 1, TIMEOUT);
        assertThat(next.plainText()).contains("Profil responden 3/4");
        for (int i = 0; i < 2; i++) {
            next = tapAndAwaitEdit(CITIZEN, next, "Lewati");
        }
        for (int i = 0; i < 9; i++) {
            next = answer(CITIZEN, next, 3);
        }
        assertThat(tapAndAwaitEdit(CITIZEN, next, "Lewati").plainText()).contains("Terima kasih");
        assertThat(count("survey_ballot")).isEqualTo(1);
    }

    @Test
    void a_suggestion_too_long_or_with_a_hidden_character_is_refused_and_can_be_sent_again() {
        SentMessage card = open(CITIZEN, links.payload(office, "sktm"));
        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(CITIZEN, card, "Lewati");
        }
        for (int i = 0; i < 9; i++) {
            card = answer(CITIZEN, card, 4);
        }
        assertThat(say(CITIZEN, "x".repeat(1001)).plainText()).contains("terlalu panjang", "1000");
        assertThat(say(CITIZEN, "Bagus\u0000sekali").plainText()).contains("karakter tersembunyi", "U+0000");
        assertThat(count("survey_ballot")).isZero();
        assertThat(say(CITIZEN, "é".repeat(1000)).plainText()).contains("Terima kasih");
        assertThat(count("survey_ballot")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    /** /start with the payload; returns the survey card (the message after the welcome). */
    private SentMessage open(long user, String payload) {
        int before = telegram.messageCount(user);
        telegram.sendText(user, "/start " + payload);
        return telegram.awaitMessageCount(user, before + 2, TIMEOUT);
    }

    /** Taps the answer worth {@code score} (the buttons are in score order, one per row). */
    private SentMessage answer(long user, SentMessage card, int score) {
        String label = card.keyboard().get(score - 1).get(0).text();
        return tapAndAwaitEdit(user, card, label);
    }

    /** A whole survey, profile skipped, every element {@code score}, no suggestion. */
    private void complete(long user, String payload, int score) {
        SentMessage card = open(user, payload);
        if (card.plainText().contains("Layanan apa")) {
            card = tapAndAwaitEdit(user, card, card.keyboard().get(0).get(0).text());
        }
        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(user, card, "Lewati");
        }
        for (int i = 0; i < 9; i++) {
            card = answer(user, card, score);
        }
        assertThat(tapAndAwaitEdit(user, card, "Lewati").plainText()).contains("Terima kasih");
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** No survey table holds a Telegram id of the respondents, in any column, as text. */
    private void nothingInTheSurveyTablesNames(long... users) {
        for (String table : List.of("survey_response", "survey_answer", "survey_tally", "survey_suggestion",
                "survey_ballot", "survey_draft", "survey_respondent", "survey_start")) {
            String dump = String.join("\n", jdbc.sql("select t::text from " + table + " t").query(String.class).list());
            for (long user : users) {
                assertThat(dump).as(table).doesNotContain(String.valueOf(user));
            }
        }
    }
}
