package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.ABOVE;
import static id.kinerja.appraisal.Rating.BELOW;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.playground.emulator.SentMessage;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoresEndToEndTest extends EndToEndTest {

    private long kasi;
    private long siti;

    @BeforeEach
    void roster() {
        long unit = fixtures.unit("Kelurahan Rengas Pulau");
        kasi = fixtures.employee("Ahmad Fauzi", "Lurah Rengas Pulau", unit, null);
        siti = fixtures.employee("Siti Aminah", "Pengadministrasi Umum", unit, kasi);
        telegram.registerUser(2001, "Siti", "id");
    }

    @Test
    void an_unlinked_account_sees_nothing_personal() {
        long period = fixtures.closedMonth(9);
        fixtures.evaluation(siti, period, kasi, MEETS, MEETS, "Rahasia");

        SentMessage answer = say(2001, "/skor");

        assertThat(answer.plainText()).contains("belum ditautkan").doesNotContain("Baik", "Siti", "2026-09");
        assertThat(say(2001, "/umpan_balik").plainText()).contains("belum ditautkan").doesNotContain("Rahasia");
    }

    @Test
    void a_linked_employee_without_data_is_told_so() {
        linked(2001, siti);

        assertThat(say(2001, "/skor").plainText()).startsWith("Belum ada data kinerja untuk Anda");
        assertThat(say(2001, "/umpan_balik").plainText()).isEqualTo("Belum ada umpan balik dari atasan.");
    }

    @Test
    void one_period_shows_predicate_ratings_and_indicator_achievement() {
        long period = fixtures.closedMonth(10);
        fixtures.indicator(siti, period, "Surat masuk diproses", "200", "dokumen", "190", "HIGHER_IS_BETTER");
        fixtures.indicator(siti, period, "Waktu penyelesaian pengaduan", "3", "hari", "2", "LOWER_IS_BETTER");
        fixtures.indicator(siti, period, "Arsip digital", "50", "berkas", null, "HIGHER_IS_BETTER");
        fixtures.evaluation(siti, period, kasi, ABOVE, MEETS, "Pertahankan.");
        linked(2001, siti);

        String score = say(2001, "/skor").plainText();

        assertThat(score).contains("Kinerja Oktober 2026 (periode ditutup)", "Predikat: Baik",
                "Hasil kerja: Di Atas Ekspektasi", "Perilaku kerja: Sesuai Ekspektasi", "Penilai: Ahmad Fauzi",
                "Surat masuk diproses: target 200 dokumen, realisasi 190 dokumen → 95,0%",
                "Waktu penyelesaian pengaduan (makin kecil makin baik): target 3 hari, realisasi 2 hari → 150,0%",
                "Arsip digital: target 50 berkas, realisasi belum diisi")
                .doesNotContain("Tren");
    }

    @Test
    void an_open_period_without_evaluation_says_not_yet_evaluated() {
        long open = fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true);
        fixtures.indicator(siti, open, "Surat masuk diproses", "200", "dokumen", "50.5", "HIGHER_IS_BETTER");
        linked(2001, siti);

        assertThat(say(2001, "/skor").plainText()).contains("Kinerja November 2026 (periode berjalan)",
                "belum dinilai atasan", "realisasi 50,5 dokumen → 25,3%");
    }

    @Test
    void several_periods_show_the_trend_over_the_last_six() {
        var ratings = new id.kinerja.appraisal.Rating[][] {
                {BELOW, BELOW}, {BELOW, MEETS}, {MEETS, MEETS}, {MEETS, BELOW}, {ABOVE, ABOVE}, {ABOVE, MEETS},
                {MEETS, ABOVE}};
        for (int i = 0; i < ratings.length; i++) {
            fixtures.evaluation(siti, fixtures.closedMonth(3 + i), kasi, ratings[i][0], ratings[i][1], null);
        }
        linked(2001, siti);

        String score = say(2001, "/skor").plainText();

        assertThat(score).contains("Kinerja September 2026", "Predikat: Baik", "Tren predikat",
                "April 2026: Butuh Perbaikan → Mei 2026: Baik → Juni 2026: Kurang/Misconduct → Juli 2026: Sangat Baik → "
                        + "Agustus 2026: Baik → September 2026: Baik")
                .doesNotContain("2026-03");
    }

    @Test
    void feedback_pages_newest_first_and_edits_the_message_in_place() {
        for (int month = 1; month <= 7; month++) {
            fixtures.evaluation(siti, fixtures.closedMonth(month), kasi, MEETS, MEETS, "Catatan bulan " + month);
        }
        linked(2001, siti);

        SentMessage first = say(2001, "/umpan_balik");
        assertThat(first.plainText()).contains("halaman 1 dari 3", "Catatan bulan 7", "Catatan bulan 5")
                .doesNotContain("Catatan bulan 4");
        assertThat(first.buttonLabels()).containsExactly("Berikutnya ›");
        int messages = telegram.messageCount(2001);

        SentMessage second = tapAndAwaitEdit(2001, first, "Berikutnya");
        assertThat(second.plainText()).contains("halaman 2 dari 3", "Catatan bulan 4", "Catatan bulan 2");
        assertThat(second.buttonLabels()).containsExactly("‹ Sebelumnya", "Berikutnya ›");

        SentMessage third = tapAndAwaitEdit(2001, second, "Berikutnya");
        assertThat(third.plainText()).contains("halaman 3 dari 3", "Catatan bulan 1");
        assertThat(third.buttonLabels()).containsExactly("‹ Sebelumnya");
        assertThat(telegram.messageCount(2001)).as("pages edit one message").isEqualTo(messages);
    }

    @Test
    void the_score_card_offers_the_feedback_behind_a_button() {
        long period = fixtures.closedMonth(10);
        fixtures.evaluation(siti, period, kasi, MEETS, ABOVE, "Inisiatif baik dalam pelayanan.");
        linked(2001, siti);

        SentMessage score = say(2001, "/skor");
        int before = telegram.messageCount(2001);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(2001, score, "Baca umpan balik"), TIMEOUT);

        SentMessage feedback = telegram.awaitMessageCount(2001, before + 1, TIMEOUT);
        assertThat(feedback.plainText()).contains("Inisiatif baik dalam pelayanan.", "Ahmad Fauzi");
        assertThat(telegram.messagesIn(2001).get(before - 1).plainText()).as("the score card stays")
                .contains("Predikat: Baik");
    }

    @Test
    void long_feedback_is_split_into_messages_telegram_accepts() {
        String paragraph = "Uraian panjang tentang kinerja & perilaku <penting>. ".repeat(40);
        for (int month = 1; month <= 4; month++) {
            fixtures.evaluation(siti, fixtures.closedMonth(month), kasi, MEETS, MEETS, paragraph + month);
        }
        linked(2001, siti);
        int before = telegram.messageCount(2001);

        telegram.sendText(2001, "/umpan_balik");

        SentMessage last = telegram.awaitMessage(2001, m -> m.hasButton("Berikutnya ›"), TIMEOUT);
        assertThat(telegram.messageCount(2001)).as("one page became several messages").isGreaterThan(before + 1);
        assertThat(last).isEqualTo(telegram.lastMessageIn(2001));
        assertThat(telegram.messagesIn(2001).subList(before, telegram.messageCount(2001)))
                .allSatisfy(m -> assertThat(m.plainText()).contains("<penting>").containsPattern("^(Umpan balik|(Januari|Februari|Maret|April) 2026)"))
                .filteredOn(m -> !m.keyboard().isEmpty()).hasSize(1);
    }

    @Test
    void the_trend_is_sent_as_a_chart_image_on_request() throws java.io.IOException {
        fixtures.evaluation(siti, fixtures.closedMonth(7), kasi, BELOW, BELOW, null);
        fixtures.evaluation(siti, fixtures.closedMonth(8), kasi, MEETS, MEETS, null);
        fixtures.evaluation(siti, fixtures.closedMonth(9), kasi, ABOVE, ABOVE, null);
        linked(2001, siti);

        SentMessage score = say(2001, "/skor");
        assertThat(score.buttonLabels()).containsExactly("⚖️ Ajukan keberatan", "📈 Grafik tren");
        int before = telegram.messageCount(2001);
        var answer = telegram.awaitCallbackAnswerFor(telegram.tapButton(2001, score, "Grafik tren"), TIMEOUT);

        SentMessage chart = telegram.awaitMessageCount(2001, before + 1, TIMEOUT);
        assertThat(answer.showAlert()).isFalse();
        assertThat(chart.kind()).isEqualTo("photo");
        assertThat(chart.plainText()).isEqualTo("Tren predikat kinerja Juli 2026 s.d. September 2026");
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(telegram.lastPhotoBytes(2001)));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(telegram.messagesIn(2001).get(before - 1).plainText()).as("the score card stays")
                .contains("Tren predikat");
        telegram.assertNoRejectedCalls();
    }

    @Test
    void the_chart_caption_follows_the_language() {
        telegram.registerUser(2002, "Siti", "en");
        fixtures.evaluation(siti, fixtures.closedMonth(8), kasi, MEETS, MEETS, null);
        fixtures.evaluation(siti, fixtures.closedMonth(9), kasi, ABOVE, ABOVE, "Good work.");
        linked(2002, siti);

        SentMessage score = say(2002, "/score");
        assertThat(score.buttonLabels()).containsExactly("Read feedback", "⚖️ File an objection", "📈 Trend chart");
        int before = telegram.messageCount(2002);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(2002, score, "Trend chart"), TIMEOUT);

        SentMessage chart = telegram.awaitMessageCount(2002, before + 1, TIMEOUT);
        assertThat(chart.kind()).isEqualTo("photo");
        assertThat(chart.plainText()).isEqualTo("Performance predicate trend August 2026 to September 2026");
    }

    @Test
    void one_period_offers_no_chart_and_a_forged_tap_gets_no_photo() {
        fixtures.evaluation(siti, fixtures.closedMonth(9), kasi, MEETS, MEETS, null);
        linked(2001, siti);

        SentMessage score = say(2001, "/skor");
        assertThat(score.buttonLabels()).doesNotContain("📈 Grafik tren");

        var refused = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(2001, 2001, score.messageId(), "tr"), TIMEOUT);
        assertThat(refused.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(telegram.messagesIn(2001)).noneMatch(m -> "photo".equals(m.kind()));
    }

    @Test
    void an_unlinked_account_cannot_fetch_anyones_chart() {
        for (int month = 7; month <= 9; month++) {
            fixtures.evaluation(siti, fixtures.closedMonth(month), kasi, MEETS, MEETS, null);
        }
        linked(2001, siti);
        SentMessage score = say(2001, "/skor");
        telegram.registerUser(2003, "Orang Lain", "id");
        SentMessage stranger = say(2003, "/skor");

        var refused = telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(2003, 2003, stranger.messageId(), "tr"), TIMEOUT);
        assertThat(refused.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(refused.showAlert()).isTrue();
        assertThat(telegram.messagesIn(2003)).noneMatch(m -> "photo".equals(m.kind()));
        assertThat(telegram.messagesIn(2001)).as("nothing reaches the owner either")
                .noneMatch(m -> "photo".equals(m.kind()));
        assertThat(score.hasButton("📈 Grafik tren")).isTrue();
    }
}
