package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.peer.PeerRatings;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EvaluationEndToEndTest extends EndToEndTest {

    private static final long KASI = 4001;
    private static final long DEWI = 4002;
    private static final long CAMAT = 4004;

    @Autowired
    private PeerRatings peerRatings;

    private long camat;
    private long kasi;
    private long dewi;
    private long eko;
    private long open;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Seksi Pemerintahan");
        camat = fixtures.employee("Drs. Hasan Basri", "Camat Medan Marelan", unit, null);
        kasi = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, camat);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasi);
        eko = fixtures.employee("Eko Prasetyo", "Pengadministrasi Umum", unit, kasi);
        long october = fixtures.closedMonth(10);
        fixtures.evaluation(dewi, october, kasi, MEETS, MEETS, "Baik, tingkatkan ketelitian.");
        open = fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true);
        fixtures.indicator(dewi, open, "Rekomendasi izin diproses", "40", "berkas", "44", "HIGHER_IS_BETTER");
        telegram.registerUser(KASI, "Ahmad", "id");
        telegram.registerUser(DEWI, "Dewi", "id");
        telegram.registerUser(CAMAT, "Hasan", "id");
        linked(KASI, kasi);
        linked(DEWI, dewi);
        linked(CAMAT, camat);
    }

    @Test
    void a_supervisor_rates_a_report_step_by_step_and_the_report_is_told() {
        SentMessage tasks = say(KASI, "/tugas");
        assertThat(tasks.plainText()).contains("Periode November 2026", "Senin, 7 Desember 2026", "2 pegawai",
                "Ketuk nama pegawai untuk mulai menilai.").doesNotContain("2026-11");
        assertThat(tasks.buttonLabels()).containsExactly("Dewi Lestari", "Eko Prasetyo");

        SentMessage card = tapForNewMessage(KASI, tasks, "Dewi Lestari");
        assertThat(card.plainText()).contains("Penilaian kinerja: Dewi Lestari", "Analis Pemerintahan",
                "Rekomendasi izin diproses: target 40 berkas, realisasi 44 berkas → 110,0%",
                "Predikat periode sebelumnya (Oktober 2026): Baik", "Langkah 1 dari 4");
        assertThat(card.buttonLabels()).containsExactly("Di Atas Ekspektasi", "Sesuai Ekspektasi",
                "Di Bawah Ekspektasi", "Batal");

        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Atas Ekspektasi");
        assertThat(behaviour.plainText()).contains("Hasil kerja: Di Atas Ekspektasi", "Langkah 2 dari 4");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Di Atas Ekspektasi");
        assertThat(feedback.plainText()).contains("Langkah 3 dari 4");
        assertThat(feedback.buttonLabels()).contains("Lewati", "‹ Kembali", "Batal");

        SentMessage confirm = say(KASI, "Analisis sangat rapi & <tepat waktu>.");
        assertThat(telegram.awaitMessage(KASI, m -> m.messageId() == feedback.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).as("the step before keeps its text, without buttons").contains("Langkah 3 dari 4");
        assertThat(confirm.plainText()).contains("Langkah 4 dari 4", "Predikat: Sangat Baik",
                "Umpan balik: Analisis sangat rapi & <tepat waktu>.");

        SentMessage saved = tapAndAwaitEdit(KASI, confirm, "Kirim");
        assertThat(saved.plainText()).contains("Penilaian Dewi Lestari untuk periode November 2026 tersimpan",
                "Predikat: Sangat Baik", "Masih ada 1 pegawai");
        assertThat(saved.buttonLabels()).containsExactly("Nilai berikutnya: Eko Prasetyo");

        assertThat(jdbc.sql("select predicate || '/' || evaluator_id || '/' || feedback from evaluation where employee_id = ? and period_id = ?")
                .params(dewi, open).query(String.class).single())
                .isEqualTo("SANGAT_BAIK/" + kasi + "/Analisis sangat rapi & <tepat waktu>.");
        assertThat(jdbc.sql("select action from audit_log where action like 'EVALUATION%'").query(String.class).list())
                .containsExactly("EVALUATION_CREATED");

        SentMessage notice = telegram.awaitMessageContaining(DEWI, "telah menilai kinerja Anda", TIMEOUT);
        assertThat(notice.plainText()).contains("Ahmad Fauzi", "periode November 2026", "Predikat: Sangat Baik")
                .doesNotContain("2026-11");
        SentMessage read = tapForNewMessage(DEWI, notice, "Baca umpan balik");
        assertThat(read.plainText()).contains("Analisis sangat rapi & <tepat waktu>.");
    }

    @Test
    void a_below_rating_makes_feedback_required_and_back_goes_one_step_back() {
        SentMessage card = openCard(eko);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Bawah Ekspektasi");
        SentMessage work = tapAndAwaitEdit(KASI, behaviour, "Kembali");
        assertThat(work.plainText()).contains("Langkah 1 dari 4");

        behaviour = tapAndAwaitEdit(KASI, work, "Di Bawah Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        assertThat(feedback.plainText()).contains("umpan balik wajib");
        assertThat(feedback.buttonLabels()).doesNotContain("Lewati");

        assertThat(say(KASI, "x".repeat(2001)).plainText()).contains("terlalu panjang (2001 karakter)");
        SentMessage confirm = say(KASI, "Target surat belum tercapai; mari susun rencana perbaikan.");
        assertThat(confirm.plainText()).contains("Predikat: Butuh Perbaikan");
        tapAndAwaitEdit(KASI, confirm, "Kirim");

        assertThat(jdbc.sql("select predicate from evaluation where employee_id = ?").param(eko)
                .query(String.class).single()).isEqualTo("BUTUH_PERBAIKAN");
    }

    @Test
    void the_card_and_the_reports_own_scores_show_the_peer_average_as_advisory_only_from_three_raters() {
        long unit = jdbc.sql("select unit_id from employee where id = ?").param(dewi).query(Long.class).single();
        long[] colleagues = {eko, fixtures.employee("Fajar", "Staf", unit, kasi), fixtures.employee("Gita", "Staf", unit, kasi)};
        peerRatings.rate(employees.byId(colleagues[0]).orElseThrow(), dewi, open, 4);
        peerRatings.rate(employees.byId(colleagues[1]).orElseThrow(), dewi, open, 5);

        assertThat(openCard(dewi).plainText()).contains("penilaian masih dikumpulkan").doesNotContain("rata-rata");
        assertThat(say(DEWI, "/skor").plainText()).contains("penilaian masih dikumpulkan").doesNotContain("rata-rata");

        peerRatings.rate(employees.byId(colleagues[2]).orElseThrow(), dewi, open, 4);
        assertThat(openCard(dewi).plainText()).as("a ballot until the batch is written").doesNotContain("rata-rata");
        assertThat(peerJobs().writePendingBallots()).isEqualTo(3);

        assertThat(openCard(dewi).plainText()).contains("(masukan, bukan penilaian): rata-rata 4,3 dari 3 rekan");
        assertThat(say(DEWI, "/skor").plainText()).contains("rata-rata 4,3 dari 3 rekan");
    }

    @Test
    void a_command_in_the_middle_of_an_evaluation_says_it_was_left_and_takes_the_buttons_off_its_card() {
        SentMessage card = openCard(dewi);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Di Atas Ekspektasi");
        assertThat(feedback.plainText()).contains("Langkah 3 dari 4");
        int before = telegram.messageCount(KASI);

        telegram.sendText(KASI, "/skor");

        SentMessage left = telegram.awaitMessageCount(KASI, before + 1, TIMEOUT);
        assertThat(left.plainText()).isEqualTo("Penilaian untuk Dewi Lestari ditinggalkan dan belum dikirim. "
                + "Ketuk nama pegawai di /tugas untuk mulai lagi.");
        assertThat(telegram.awaitMessageCount(KASI, before + 2, TIMEOUT).plainText()).as("/skor still answers")
                .contains("Belum ada data kinerja");
        assertThat(telegram.awaitMessage(KASI, m -> m.messageId() == feedback.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).as("the left card keeps its text, without buttons").contains("Langkah 3 dari 4");

        SentMessage typed = say(KASI, "Analisis sangat rapi.");
        assertThat(typed.plainText()).isEqualTo("Pesan ini tidak disimpan sebagai umpan balik, karena penilaian untuk "
                + "Dewi Lestari sudah ditinggalkan. Ketuk nama pegawai di /tugas untuk mulai lagi.");
        assertThat(evaluationsInOpenPeriod()).isZero();
        assertThat(say(KASI, "Analisis sangat rapi.").plainText()).as("told once").contains("tidak mengerti");

        SentMessage again = openCard(dewi);
        assertThat(again.plainText()).contains("Langkah 1 dari 4");
        SentMessage step2 = tapAndAwaitEdit(KASI, again, "Sesuai Ekspektasi");
        assertThat(say(KASI, "/batal").plainText()).isEqualTo("Langkah dibatalkan.");
        assertThat(telegram.awaitMessage(KASI, m -> m.messageId() == step2.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).as("cancelling takes the buttons too").contains("Langkah 2 dari 4");
        assertThat(evaluationsInOpenPeriod()).isZero();
    }

    @Test
    void a_card_left_before_any_tap_loses_its_buttons_too() {
        SentMessage card = openCard(dewi);
        assertThat(card.plainText()).contains("Langkah 1 dari 4");
        assertThat(card.keyboard()).isNotEmpty();
        int before = telegram.messageCount(KASI);

        telegram.sendText(KASI, "/skor");

        assertThat(telegram.awaitMessageCount(KASI, before + 1, TIMEOUT).plainText()).contains("ditinggalkan");
        assertThat(telegram.awaitMessage(KASI, m -> m.messageId() == card.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).as("the untapped card keeps its text, without buttons").contains("Langkah 1 dari 4");
    }

    @Test
    void the_confirmation_sent_after_typed_feedback_loses_its_buttons_when_left() {
        SentMessage card = openCard(dewi);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Bawah Ekspektasi");
        tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        SentMessage confirm = say(KASI, "Laporan bulanan perlu lebih tepat waktu.");
        assertThat(confirm.keyboard()).isNotEmpty();
        int before = telegram.messageCount(KASI);

        telegram.sendText(KASI, "/skor");

        assertThat(telegram.awaitMessageCount(KASI, before + 1, TIMEOUT).plainText()).contains("ditinggalkan");
        await().atMost(TIMEOUT).until(() -> telegram.messagesIn(KASI).stream()
                .anyMatch(m -> m.messageId() == confirm.messageId() && m.keyboard().isEmpty()));
        assertThat(evaluationsInOpenPeriod()).isZero();
    }

    @Test
    void tasks_of_someone_without_reports_say_so_plainly() {
        assertThat(say(DEWI, "/tugas").plainText()).isEqualTo("Anda tidak memiliki bawahan yang perlu dinilai.");
        evaluate(dewi, "Sesuai Ekspektasi", "Sesuai Ekspektasi");
        evaluate(eko, "Sesuai Ekspektasi", "Sesuai Ekspektasi");
        assertThat(say(KASI, "/tugas").plainText()).isEqualTo("Tidak ada penilaian yang menunggu Anda. 👍");
    }

    @Test
    void cancel_at_any_step_changes_nothing() {
        SentMessage card = openCard(dewi);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");

        assertThat(tapAndAwaitEdit(KASI, behaviour, "Batal").plainText()).isEqualTo("Penilaian dibatalkan. Tidak ada yang diubah.");
        assertThat(evaluationsInOpenPeriod()).isZero();
    }

    @Test
    void an_evaluation_can_be_changed_until_the_period_closes_and_each_change_is_audited() {
        evaluate(dewi, "Sesuai Ekspektasi", "Sesuai Ekspektasi");
        SentMessage team = say(KASI, "/tim");
        assertThat(team.plainText()).contains("Tim Anda — periode November 2026", "✅ Dewi Lestari — Baik",
                "⏳ Eko Prasetyo — belum dinilai · belum menautkan Telegram", "1 dari 2 sudah dinilai");

        SentMessage card = tapForNewMessage(KASI, team, "Ubah penilaian Dewi Lestari");
        assertThat(card.plainText()).contains("Penilaian saat ini: Baik");
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Atas Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Di Atas Ekspektasi");
        SentMessage confirm = tapAndAwaitEdit(KASI, feedback, "Lewati");
        assertThat(tapAndAwaitEdit(KASI, confirm, "Kirim").plainText()).contains("diperbarui", "Sangat Baik");

        assertThat(jdbc.sql("select action || ' ' || details from audit_log where action like 'EVALUATION%' order by id")
                .query(String.class).list()).satisfiesExactly(
                first -> assertThat(first).startsWith("EVALUATION_CREATED").contains("predicate=BAIK"),
                second -> assertThat(second).startsWith("EVALUATION_CHANGED").contains("predicate=SANGAT_BAIK", "was=MEETS/MEETS/BAIK"));
        assertThat(telegram.awaitMessageContaining(DEWI, "memperbarui penilaian", TIMEOUT).plainText()).contains("Sangat Baik");
    }

    @Test
    void only_the_recorded_supervisor_may_evaluate_and_forged_buttons_change_nothing() {
        SentMessage help = say(DEWI, "/bantuan");
        CallbackAnswer selfOrColleague = forge(DEWI, help, "ev:" + eko + ":" + open);
        assertThat(selfOrColleague.text()).isEqualTo("Anda tidak berwenang menilai pegawai ini.");
        assertThat(selfOrColleague.showAlert()).isTrue();

        SentMessage camatHelp = say(CAMAT, "/bantuan");
        assertThat(forge(CAMAT, camatHelp, "ev:" + dewi + ":" + open).text())
                .as("the supervisor's supervisor is not the rater").isEqualTo("Anda tidak berwenang menilai pegawai ini.");

        long closed = jdbc.sql("select id from appraisal_period where code = '2026-10'").query(Long.class).single();
        SentMessage kasiHelp = say(KASI, "/bantuan");
        assertThat(forge(KASI, kasiHelp, "ev:" + dewi + ":" + closed).text())
                .isEqualTo("Periode ini sudah ditutup; penilaian tidak dapat diubah lagi.");
        assertThat(forge(KASI, kasiHelp, "ev:999999:" + open).text()).isEqualTo("Data ini sudah tidak tersedia.");
        assertThat(forge(KASI, kasiHelp, "ew:deadbeef:submit").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(evaluationsInOpenPeriod()).isZero();
    }

    @Test
    void buttons_from_an_earlier_step_are_stale_and_a_closed_period_stops_the_flow() {
        SentMessage card = openCard(dewi);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");
        String oldStep = card.button("Di Bawah Ekspektasi").callbackData();

        assertThat(forge(KASI, behaviour, oldStep).text()).isEqualTo("Tombol ini sudah tidak berlaku.");

        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        SentMessage confirm = tapAndAwaitEdit(KASI, feedback, "Lewati");
        jdbc.sql("update appraisal_period set status = 'CLOSED', closed_at = now() where id = ?").param(open).update();

        long update = telegram.tapButton(KASI, confirm, "Kirim");
        assertThat(telegram.awaitCallbackAnswerFor(update, TIMEOUT).text())
                .isEqualTo("Periode ini sudah ditutup; penilaian tidak dapat diubah lagi.");
        assertThat(evaluationsInOpenPeriod()).isZero();
    }

    @Test
    void typed_feedback_with_a_hidden_character_is_explained_and_the_draft_stays() {
        SentMessage card = openCard(dewi);
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");
        tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");

        assertThat(say(KASI, "Kerja\u0000bagus.").plainText()).isEqualTo("Umpan balik ini memuat karakter tersembunyi "
                + "yang tidak dapat disimpan (U+0000). Hapus karakter itu lalu kirim lagi; umpan balik belum tersimpan.");
        assertThat(say(KASI, "Kerja\u0007bagus").plainText()).contains("(U+0007)");
        assertThat(evaluationsInOpenPeriod()).isZero();

        SentMessage confirm = say(KASI, "Kerja bagus.\nTeruskan.");
        assertThat(confirm.plainText()).contains("Langkah 4 dari 4", "Umpan balik: Kerja bagus.");
        tapAndAwaitEdit(KASI, confirm, "Kirim");
        assertThat(jdbc.sql("select feedback from evaluation where employee_id = ? and period_id = ?").params(dewi, open)
                .query(String.class).single()).isEqualTo("Kerja bagus.\nTeruskan.");
    }

    @Test
    void changing_an_evaluation_shows_the_current_feedback_and_keep_keeps_it() {
        SentMessage first = openCard(dewi);
        SentMessage step2 = tapAndAwaitEdit(KASI, first, "Sesuai Ekspektasi");
        tapAndAwaitEdit(KASI, step2, "Sesuai Ekspektasi");
        tapAndAwaitEdit(KASI, say(KASI, "Teliti & tepat waktu."), "Kirim");

        SentMessage card = tapForNewMessage(KASI, say(KASI, "/tim"), "Ubah penilaian Dewi Lestari");
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Atas Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Di Atas Ekspektasi");
        assertThat(feedback.plainText()).contains("Langkah 3 dari 4", "Umpan balik saat ini untuk Dewi Lestari:",
                "Teliti & tepat waktu.", "Ketuk Pertahankan");
        assertThat(feedback.buttonLabels()).containsExactly("Pertahankan", "Hapus umpan balik", "‹ Kembali", "Batal");

        SentMessage confirm = tapAndAwaitEdit(KASI, feedback, "Pertahankan");
        assertThat(confirm.plainText()).contains("Predikat: Sangat Baik", "Umpan balik: Teliti & tepat waktu.");
        assertThat(tapAndAwaitEdit(KASI, confirm, "Kirim").plainText()).contains("diperbarui");
        // a Sangat Baik asks the supervisor, through the outbox, to record a recognition: let it arrive first, so
        // that the next message counted is the reply to /tim
        telegram.awaitMessage(KASI, m -> m.buttonLabels().stream().anyMatch(l -> l.contains("Catat apresiasi")), TIMEOUT);
        assertThat(jdbc.sql("select predicate || '/' || feedback from evaluation where employee_id = ? and period_id = ?")
                .params(dewi, open).query(String.class).single()).isEqualTo("SANGAT_BAIK/Teliti & tepat waktu.");

        SentMessage again = tapForNewMessage(KASI, say(KASI, "/tim"), "Ubah penilaian Dewi Lestari");
        SentMessage below = tapAndAwaitEdit(KASI, again, "Di Bawah Ekspektasi");
        SentMessage required = tapAndAwaitEdit(KASI, below, "Sesuai Ekspektasi");
        assertThat(required.buttonLabels()).as("feedback is required with a below: it can be kept, not removed")
                .containsExactly("Pertahankan", "‹ Kembali", "Batal");
        SentMessage back = tapAndAwaitEdit(KASI, tapAndAwaitEdit(KASI, required, "Pertahankan"), "Kembali");
        assertThat(back.plainText()).as("back from the confirmation shows the feedback again")
                .contains("Umpan balik saat ini", "Teliti & tepat waktu.");
    }

    private void evaluate(long report, String work, String behaviour) {
        SentMessage card = openCard(report);
        SentMessage step2 = tapAndAwaitEdit(KASI, card, work);
        SentMessage step3 = tapAndAwaitEdit(KASI, step2, behaviour);
        SentMessage step4 = tapAndAwaitEdit(KASI, step3, "Lewati");
        tapAndAwaitEdit(KASI, step4, "Kirim");
    }

    private SentMessage openCard(long report) {
        int before = telegram.messageCount(KASI);
        telegram.sendText(KASI, "/tugas");
        SentMessage tasks = telegram.awaitMessageCount(KASI, before + 1, TIMEOUT);
        if (tasks.plainText().contains("ditinggalkan")) {
            tasks = telegram.awaitMessageCount(KASI, before + 2, TIMEOUT);
        }
        String name = employees.byId(report).orElseThrow().name();
        return tapForNewMessage(KASI, tasks, name);
    }

    private SentMessage tapForNewMessage(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }

    private CallbackAnswer forge(long user, SentMessage message, String data) {
        return telegram.awaitCallbackAnswerFor(
                telegram.forgeCallbackQuery(user, user, message.messageId(), data), TIMEOUT);
    }

    private int evaluationsInOpenPeriod() {
        return jdbc.sql("select count(*) from evaluation where period_id = ?").param(open).query(Integer.class).single();
    }
}
