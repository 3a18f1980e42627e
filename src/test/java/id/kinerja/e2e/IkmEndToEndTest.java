package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.employee.AdminRights;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import id.kinerja.survey.CompletedSurvey;
import id.kinerja.survey.RespondentProfile;
import id.kinerja.survey.SurveyDigest;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyLinks;
import id.kinerja.survey.SurveyResponses;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HR and unit heads read the IKM in the chat, get the charts and the suggestions digest, and follow up. */
class IkmEndToEndTest extends EndToEndTest {

    private static final long HR = 8700101;
    private static final long CAMAT = 8700202;
    private static final long LURAH = 8700303;
    private static final long STAFF = 8700404;
    private static final long CITIZEN = 8700505;
    private static final long SCOPED_HR = 8700606;

    @Autowired
    private Units units;
    @Autowired
    private SurveyResponses responses;
    @Autowired
    private SurveyDigest digest;
    @Autowired
    private SurveyLinks links;
    @Autowired
    private Clock clock;
    @Autowired
    private AdminRights adminRights;

    private Unit office;
    private Unit kelurahan;
    private Unit other;
    private LocalDate today;

    @BeforeEach
    void office() {
        today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
        office = units.byId(fixtures.unit("Kantor Camat Uji")).orElseThrow();
        kelurahan = child("Kelurahan Uji");
        other = child("Kelurahan Lain");
        long camat = fixtures.employee("Camat Uji", "Camat", office.id(), null);
        long lurah = fixtures.employee("Lurah Uji", "Lurah", kelurahan.id(), camat);
        long staff = fixtures.employee("Staf Uji", "Pengadministrasi", kelurahan.id(), lurah);
        fixtures.employee("Lurah Lain", "Lurah", other.id(), camat);
        long hr = fixtures.employee("Analis SDM", "Analis SDM", office.id(), camat);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        for (long[] user : new long[][] {{HR, hr}, {CAMAT, camat}, {LURAH, lurah}, {STAFF, staff}}) {
            telegram.registerUser(user[0], "U" + user[0], "id");
            linked(user[0], user[1]);
        }
        telegram.registerUser(CITIZEN, "Warga", "id");
    }

    @Test
    void hr_sees_every_unit_with_its_index_grade_sample_weakest_elements_and_trend() {
        // the office: 40 answers of 4 except Waktu 2 → IKM 25 × (8×4 + 2)/9 = 94.44, A; Kelurahan Uji: all 3 → 75.00, C;
        // together (60): 25 × (8 × 220/60 + 140/60)/9 = 87.96, B — just below A
        write(office, 40, 4, SurveyElement.WAKTU, 2, today);
        write(kelurahan, 20, 3, null, 0, today);
        write(kelurahan, 10, 4, null, 0, today.minusMonths(3));
        SentMessage ikm = say(HR, "/ikm");
        assertThat(ikm.plainText())
                .contains("Indeks Kepuasan Masyarakat (IKM)")
                .contains("Seluruh kantor: 87,96 · mutu B (Baik) · 60 responden")
                .contains("Kantor Camat Uji: 94,44 · mutu A (Sangat Baik) · 40 responden")
                .contains("Sampel minimum: belum (40 dari 278)")
                .contains("Unsur terlemah: Waktu Penyelesaian 2,00")
                .contains("↳ Kelurahan Uji: 75,00 · mutu C (Kurang Baik) · 20 responden")
                .contains("Sampel minimum: belum (20 dari 80)")
                .contains("Kelurahan Lain: belum ada nilai · 0 responden");
        assertThat(ikm.buttonLabels()).containsExactly("📈 Grafik Kantor Camat Uji", "📈 Grafik Kelurahan Uji");

        int before = telegram.messageCount(HR);
        long tap = telegram.tapButton(HR, ikm, "Grafik Kelurahan Uji");
        telegram.awaitCallbackAnswerFor(tap, TIMEOUT);
        telegram.awaitMessageCount(HR, before + 2, TIMEOUT);
        List<SentMessage> photos = telegram.messagesIn(HR).subList(before, before + 2);
        assertThat(photos).allSatisfy(p -> assertThat(p.kind()).isEqualTo("photo"));
        assertThat(photos.get(0).plainText()).contains("NRR", "Kelurahan Uji");
        assertThat(photos.get(1).plainText()).contains("Tren IKM", "Kelurahan Uji");
        assertThat(telegram.lastPhotoBytes(HR)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void a_unit_head_sees_their_own_units_only_and_cannot_open_another_units_chart() {
        write(kelurahan, 12, 3, null, 0, today);
        write(other, 12, 4, null, 0, today);
        SentMessage lurah = say(LURAH, "/ikm");
        assertThat(lurah.plainText()).contains("Kelurahan Uji: 75,00").doesNotContain("Kelurahan Lain")
                .doesNotContain("Seluruh kantor").doesNotContain("Kantor Camat Uji:");
        SentMessage camat = say(CAMAT, "/ikm");
        assertThat(camat.plainText()).contains("Kantor Camat Uji", "Kelurahan Uji", "Kelurahan Lain")
                .doesNotContain("Seluruh kantor");
        assertThat(say(STAFF, "/ikm").plainText()).contains("untuk bagian kepegawaian dan kepala unit");

        String otherChart = camat.button("Grafik Kelurahan Lain").callbackData();
        int before = telegram.messageCount(LURAH);
        long forged = telegram.forgeCallbackQuery(LURAH, LURAH, lurah.messageId(), otherChart);
        CallbackAnswer answer = telegram.awaitCallbackAnswerFor(forged, TIMEOUT);
        assertThat(answer.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(telegram.messageCount(LURAH)).isEqualTo(before);
        long stranger = telegram.forgeCallbackQuery(CITIZEN, CITIZEN, 1, otherChart);
        assertThat(telegram.awaitCallbackAnswerFor(stranger, TIMEOUT).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
    }

    @Test
    void new_suggestions_reach_the_unit_head_once_a_day_and_can_be_followed_up_with_a_note() {
        writeWithSuggestions(kelurahan, List.of("Antrean <panjang> & lama", "Kursi tunggu kurang"));
        writeWithSuggestions(other, List.of("Tidak ada papan informasi"));
        assertThat(digest.queueAt(clock.instant())).as("the linked lurah's digest; the other lurah is not linked")
                .isEqualTo(1);
        assertThat(digest.queueAt(clock.instant())).as("nothing new: no second digest").isZero();
        assertThat(jdbc.sql("select count(*) from survey_suggestion where not digested and unit_id = ?")
                .param(other.id()).query(Long.class).single()).as("kept for when a head can be reached").isEqualTo(1);

        SentMessage message = telegram.awaitMessageContaining(LURAH, "Saran dan pengaduan warga", TIMEOUT);
        assertThat(message.plainText()).contains("Kelurahan Uji", "2 baru", "Antrean <panjang> & lama", "Kursi tunggu kurang")
                .doesNotContain("papan informasi");
        SentMessage list = tapAndAwaitNew(LURAH, message, "Lihat dan tindak lanjuti");
        assertThat(list.plainText()).contains("Belum ditindaklanjuti: 2");
        SentMessage ask = tapAndAwaitNew(LURAH, list, "no. 1");
        assertThat(ask.plainText()).contains("catatan tindak lanjut");
        String note = "Loket kedua dibuka setiap Senin mulai bulan depan.";
        assertThat(say(LURAH, note).plainText()).contains("ditindaklanjuti");
        assertThat(jdbc.sql("select count(*) from survey_suggestion where follow_up_note = ?").param(note)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'survey.follow_up'").query(Long.class).single())
                .isEqualTo(1);

        // the other kelurahan's suggestion cannot be followed up by this lurah, even with a forged button
        String otherId = jdbc.sql("select replace(id::text, '-', '') from survey_suggestion where unit_id = ?")
                .param(other.id()).query(String.class).single();
        long forged = telegram.forgeCallbackQuery(LURAH, LURAH, list.messageId(), "ikmf:" + otherId);
        assertThat(telegram.awaitCallbackAnswerFor(forged, TIMEOUT).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select count(*) from survey_suggestion where followed_up_at is not null")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_thanks_show_the_units_grade_once_enough_citizens_answered() {
        write(kelurahan, 9, 4, null, 0, today);
        assertThat(completeAndThank(links.payload(kelurahan, null))).doesNotContain("Mutu pelayanan");
        write(kelurahan, 1, 4, null, 0, today);
        telegram.registerUser(CITIZEN + 1, "Warga Dua", "id");
        assertThat(completeAndThank(CITIZEN + 1, links.payload(kelurahan, null)))
                .contains("Mutu pelayanan Kelurahan Uji saat ini: A (Sangat Baik), dari 10 penilaian warga.");
    }

    // ------------------------------------------------------------------ helpers

    @Test
    void hr_granted_one_kelurahan_sees_that_kelurahan_only_and_cannot_open_another_units_chart() {
        write(kelurahan, 12, 3, null, 0, today);
        write(other, 12, 4, null, 0, today);
        long hr = fixtures.employee("Analis SDM Kelurahan", "Analis SDM", kelurahan.id(), null);
        adminRights.grant(employees.byId(hr).orElseThrow(), Optional.of(kelurahan), Requester.commandLine());
        telegram.registerUser(SCOPED_HR, "Analis", "id");
        linked(SCOPED_HR, hr);

        SentMessage ikm = say(SCOPED_HR, "/ikm");

        assertThat(ikm.plainText()).contains("Kelurahan Uji: 75,00").doesNotContain("Kelurahan Lain")
                .doesNotContain("Seluruh kantor").doesNotContain("Kantor Camat Uji:");
        String otherChart = say(HR, "/ikm").button("Grafik Kelurahan Lain").callbackData();
        int before = telegram.messageCount(SCOPED_HR);
        CallbackAnswer answer = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(SCOPED_HR, SCOPED_HR, ikm.messageId(), otherChart), TIMEOUT);
        assertThat(answer.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(telegram.messageCount(SCOPED_HR)).isEqualTo(before);
    }

    private Unit child(String name) {
        long id = fixtures.unit(name);
        jdbc.sql("update unit set parent_id = ? where id = ?").params(office.id(), id).update();
        return units.byId(id).orElseThrow();
    }

    /** {@code count} responses on that day: every element {@code score}, except {@code odd} scored {@code oddScore}. */
    private void write(Unit unit, int count, int score, SurveyElement odd, int oddScore, LocalDate day) {
        List<CompletedSurvey> surveys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
            for (SurveyElement element : SurveyElement.values()) {
                scores.put(element, element == odd ? oddScore : score);
            }
            surveys.add(new CompletedSurvey(unit.id(), "", day, RespondentProfile.SKIPPED, scores, null));
        }
        responses.write(surveys);
    }

    private void writeWithSuggestions(Unit unit, List<String> texts) {
        List<CompletedSurvey> surveys = new ArrayList<>();
        for (String text : texts) {
            Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
            for (SurveyElement element : SurveyElement.values()) {
                scores.put(element, 3);
            }
            surveys.add(new CompletedSurvey(unit.id(), "", today, RespondentProfile.SKIPPED, scores, text));
        }
        responses.write(surveys);
    }

    private String completeAndThank(String payload) {
        return completeAndThank(CITIZEN, payload);
    }

    /** A whole survey (profile skipped, all 4) and the thanks; the ballot is written at once by the test. */
    private String completeAndThank(long user, String payload) {
        int before = telegram.messageCount(user);
        telegram.sendText(user, "/start " + payload);
        SentMessage card = telegram.awaitMessageCount(user, before + 2, TIMEOUT);
        for (int i = 0; i < 4; i++) {
            card = tapAndAwaitEdit(user, card, "Lewati");
        }
        for (int i = 0; i < 9; i++) {
            card = tapAndAwaitEdit(user, card, card.keyboard().get(3).get(0).text());
        }
        return tapAndAwaitEdit(user, card, "Lewati").plainText();
    }

    /** Taps a button that answers with a new message. */
    private SentMessage tapAndAwaitNew(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        long tap = telegram.tapButton(user, message, label);
        telegram.awaitCallbackAnswerFor(tap, TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }
}
