package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.EvaluationImport;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.RecapExport;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.employee.Requester;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.spreadsheet.CsvTable;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.spreadsheet.ImportOutcome;
import id.kinerja.spreadsheet.XlsxWriterTest;
import id.kinerja.text.Language;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keberatan as its users go through it: the employee objects from the evaluation notice, the rater's own supervisor
 * asks the rater to explain and changes the ratings, both are told, and /skor shows the decided result; one objection
 * per evaluation, none after the window, forged taps and the rater deciding their own case change nothing.
 */
class ObjectionEndToEndTest extends EndToEndTest {

    private static final long RINA = 8101;
    private static final long CAMAT = 8102;
    private static final long KASI = 8103;
    private static final long DEWI = 8104;
    private static final long EKO = 8105;

    @Autowired
    private Periods periods;
    @Autowired
    private RecapExport recaps;
    @Autowired
    private EvaluationImport evaluationImport;
    @Autowired
    private List<PersonalDataSource> personalData;

    private long rina;
    private long camat;
    private long kasi;
    private long dewi;
    private long eko;
    private long open;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Seksi Pemerintahan");
        rina = fixtures.employee("Rina Kepegawaian", "Analis SDM Aparatur", unit, null);
        camat = fixtures.employee("Drs. Hasan Basri", "Camat Medan Marelan", unit, null);
        kasi = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, camat);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasi);
        eko = fixtures.employee("Eko Prasetyo", "Pengadministrasi Umum", unit, kasi);
        jdbc.sql("update employee set is_admin = true where id = ?").param(rina).update();
        open = fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 7), true);
        fixtures.indicator(dewi, open, "Rekomendasi izin diproses", "40", "berkas", "44", "HIGHER_IS_BETTER");
        for (long user : new long[] {RINA, CAMAT, KASI, DEWI, EKO}) {
            telegram.registerUser(user, "U" + user, "id");
        }
        linked(RINA, rina);
        linked(CAMAT, camat);
        linked(KASI, kasi);
        linked(DEWI, dewi);
        linked(EKO, eko);
    }

    @Test
    void an_objection_goes_to_the_raters_supervisor_who_asks_the_rater_and_changes_the_ratings() {
        SentMessage notice = evaluateDewiAndAwaitTheNotice();
        assertThat(notice.buttonLabels()).containsExactly("Baca umpan balik", "⚖️ Ajukan keberatan");

        SentMessage ask = tapForNewMessage(DEWI, notice, "Ajukan keberatan");
        assertThat(ask.plainText()).contains("Keberatan atas penilaian periode November 2026",
                "paling banyak 2000 karakter", "Batas pengajuan: ");
        assertThat(say(DEWI, "x".repeat(2001)).plainText()).contains("Alasan terlalu panjang (2001 karakter)");
        assertThat(say(DEWI, " ").plainText()).contains("Alasan keberatan wajib diisi");
        assertThat(objections()).as("nothing stored for bad reasons").isZero();

        SentMessage confirm = say(DEWI, "Target berkas saya tercapai 110% <lihat laporan>.");
        assertThat(confirm.plainText()).contains("Periksa keberatan Anda", "Target berkas saya tercapai 110% <lihat laporan>.");
        assertThat(objections()).as("only once confirmed").isZero();
        SentMessage filed = tapAndAwaitEdit(DEWI, confirm, "Kirim keberatan");
        assertThat(filed.plainText()).contains("sudah diajukan kepada Drs. Hasan Basri");
        long objection = jdbc.sql("select id from objection where employee_id = ? and status = 'OPEN' and decider_id = ?")
                .params(dewi, camat).query(Long.class).single();

        SentMessage card = telegram.awaitMessageContaining(CAMAT, "Keberatan baru dari Dewi Lestari", TIMEOUT);
        assertThat(card.plainText()).contains("Periode November 2026", "penilai: Ahmad Fauzi",
                "hasil kerja Sesuai Ekspektasi, perilaku kerja Sesuai Ekspektasi → predikat Baik",
                "Umpan balik penilai: Teliti, tingkatkan dokumentasi.",
                "Target berkas saya tercapai 110% <lihat laporan>.", "Mohon diputus paling lambat");
        assertThat(card.buttonLabels()).containsExactly("✍️ Minta penjelasan penilai", "✍️ Minta penjelasan pegawai",
                "✅ Pertahankan nilai", "✏️ Ubah nilai");
        assertThat(telegram.messagesIn(RINA)).as("HR does not get a case the camat decides")
                .noneMatch(m -> m.plainText().contains("Keberatan baru"));

        // while open: marked wherever the evaluation is shown, and the rater cannot submit it again
        assertThat(say(DEWI, "/skor").plainText()).contains("Predikat: Baik", "Dalam keberatan");
        assertThat(say(DEWI, "/skor").buttonLabels()).as("one objection per evaluation").doesNotContain("⚖️ Ajukan keberatan");
        SentMessage team = say(KASI, "/tim");
        assertThat(team.plainText()).contains("Dewi Lestari — Baik · ⚖️ dalam keberatan");
        CallbackAnswer refusedChange = telegram.awaitCallbackAnswerFor(
                telegram.tapButton(KASI, team, "Ubah penilaian Dewi Lestari"), TIMEOUT);
        assertThat(refusedChange.text()).contains("sedang dalam keberatan");
        assertThat(tap(DEWI, notice, "Ajukan keberatan").text()).as("a second objection")
                .contains("sudah mengajukan keberatan");
        SentMessage admin = say(RINA, "/admin");
        assertThat(admin.plainText()).contains("Keberatan terbuka (1):",
                "Dewi Lestari (November 2026) — pemutus Drs. Hasan Basri, tenggat");

        // forged taps: the employee deciding her own case, the rater deciding, HR deciding a case that is not HR's
        assertThat(forge(DEWI, filed, "kbd:" + objection + ":K").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(KASI, team, "kbd:" + objection + ":AA").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(KASI, team, "kba:" + objection + ":E").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(RINA, admin, "kbd:" + objection + ":AA").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(DEWI, filed, "kbw:" + objection + ":R").text()).as("not asked, not hers")
                .isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(status(objection)).isEqualTo("OPEN");
        assertThat(predicateOfDewi()).isEqualTo("BAIK");

        // the decider asks the rater; the rater answers in his own chat
        CallbackAnswer asked = tap(CAMAT, card, "Minta penjelasan penilai");
        assertThat(asked.text()).contains("Permintaan penjelasan dikirim kepada Ahmad Fauzi, tenggat");
        assertThat(telegram.awaitMessage(CAMAT, m -> m.messageId() == card.messageId()
                && m.plainText().contains("Penjelasan penilai (Ahmad Fauzi) diminta"), TIMEOUT).buttonLabels())
                .doesNotContain("✍️ Minta penjelasan penilai");
        SentMessage request = telegram.awaitMessageContaining(KASI, "Permintaan penjelasan — keberatan Dewi Lestari", TIMEOUT);
        assertThat(request.plainText()).contains("Target berkas saya tercapai 110%");
        SentMessage prompt = tapForNewMessage(KASI, request, "Tulis penjelasan");
        assertThat(prompt.plainText()).contains("Tuliskan penjelasan Anda");
        assertThat(say(KASI, "Dua laporan terlambat dikirim; capaian berkas sudah saya perhitungkan.").plainText())
                .contains("penjelasan Anda tersimpan");
        assertThat(jdbc.sql("select text from objection_explanation where objection_id = ? and party = 'RATER'")
                .param(objection).query(String.class).single()).startsWith("Dua laporan terlambat");
        assertThat(forge(KASI, request, "kbw:" + objection + ":R").text()).as("answered once")
                .isEqualTo("Tombol ini sudah tidak berlaku.");

        SentMessage withExplanation = telegram.awaitMessageContaining(CAMAT, "Penjelasan masuk untuk keberatan Dewi Lestari", TIMEOUT);
        assertThat(withExplanation.plainText()).contains("Penjelasan penilai (Ahmad Fauzi):",
                "Dua laporan terlambat dikirim; capaian berkas sudah saya perhitungkan.");

        // the decision: new ratings, the predicate recomputed and confirmed
        SentMessage work = tapAndAwaitEdit(CAMAT, withExplanation, "Ubah nilai");
        assertThat(work.plainText()).contains("langkah 1 dari 2", "saat ini: Sesuai Ekspektasi");
        SentMessage behaviour = tapAndAwaitEdit(CAMAT, work, "Di Atas Ekspektasi");
        assertThat(behaviour.plainText()).contains("langkah 2 dari 2", "Hasil kerja: Di Atas Ekspektasi");
        SentMessage preview = tapAndAwaitEdit(CAMAT, behaviour, "Di Atas Ekspektasi");
        assertThat(preview.plainText()).contains("Predikat baru: Sangat Baik (sebelumnya Baik)", "final");
        assertThat(status(objection)).as("nothing decided before the confirmation").isEqualTo("OPEN");
        SentMessage decided = tapAndAwaitEdit(CAMAT, preview, "Tetapkan");
        assertThat(decided.plainText()).contains("Keberatan Dewi Lestari sudah diputus",
                "hasil kerja Di Atas Ekspektasi, perilaku kerja Di Atas Ekspektasi, predikat Sangat Baik (sebelumnya Baik)");

        assertThat(telegram.awaitMessageContaining(DEWI, "Keputusan atas keberatan Anda", TIMEOUT).plainText())
                .contains("Diputus oleh Drs. Hasan Basri", "predikat Sangat Baik", "Keputusan ini final.");
        assertThat(telegram.awaitMessageContaining(KASI, "Keputusan atas keberatan Dewi Lestari", TIMEOUT).plainText())
                .contains("predikat Sangat Baik");
        assertThat(status(objection)).isEqualTo("CHANGED");
        assertThat(jdbc.sql("select work_result || '/' || behaviour || '/' || predicate || '/' || changed_by_objection"
                        + " from evaluation where employee_id = ? and period_id = ?").params(dewi, open)
                .query(String.class).single()).isEqualTo("ABOVE/ABOVE/SANGAT_BAIK/" + objection);
        SentMessage score = say(DEWI, "/skor");
        assertThat(score.plainText()).contains("Predikat: Sangat Baik", "Hasil kerja: Di Atas Ekspektasi",
                "ditetapkan melalui keputusan keberatan").doesNotContain("Dalam keberatan");

        assertThat(tap(KASI, say(KASI, "/tim"), "Ubah penilaian Dewi Lestari").text())
                .as("the rater cannot overrule the decision").contains("keputusan atas keberatan", "final");
        assertThat(forge(CAMAT, decided, "kbd:" + objection + ":K").text()).as("the decision is final")
                .contains("sudah diputus");
        assertThat(status(objection)).isEqualTo("CHANGED");
        assertThat(jdbc.sql("select action from audit_log where action like 'OBJECTION%' or action like '%BY_OBJECTION'"
                + " order by id").query(String.class).list()).containsExactly("OBJECTION_FILED",
                "OBJECTION_EXPLANATION_ASKED", "OBJECTION_EXPLAINED", "EVALUATION_CHANGED_BY_OBJECTION",
                "OBJECTION_DECIDED");
    }

    @Test
    void the_recap_workbook_admin_and_the_persons_data_copy_show_the_objection() throws Exception {
        SentMessage notice = evaluateDewiAndAwaitTheNotice();
        tapForNewMessage(DEWI, notice, "Ajukan keberatan");
        tapAndAwaitEdit(DEWI, say(DEWI, "Penilaian tidak memperhitungkan tugas tambahan."), "Kirim keberatan");

        Period period = periods.byId(open).orElseThrow();
        byte[] xlsx = recaps.file(period, ExportFormat.XLSX, Language.ID, Requester.commandLine()).content();
        try (XSSFWorkbook workbook = XlsxWriterTest.read(xlsx)) {
            Sheet sheet = workbook.getSheet("Keberatan");
            assertThat(sheet).isNotNull();
            assertThat(cells(sheet.getRow(0))).startsWith("NIP", "Nama", "Unit kerja", "Penilai", "Pemutus");
            assertThat(cells(sheet.getRow(1))).contains("Dewi Lestari", "Ahmad Fauzi", "Drs. Hasan Basri",
                    "⚖️ Dalam keberatan", "Baik", "Penilaian tidak memperhitungkan tugas tambahan.");
        }

        List<PersonalDataSection> sections = personalData.stream().flatMap(s -> s.about(dewi).stream()).toList();
        PersonalDataSection evaluations = section(sections, "evaluations");
        assertThat(evaluations.rows()).singleElement().satisfies(row -> assertThat(row)
                .containsSequence("2026-11", "MEETS", "MEETS", "BAIK", "Ahmad Fauzi", "Teliti, tingkatkan dokumentasi."));
        assertThat(section(sections, "indicators").rows()).singleElement()
                .satisfies(row -> assertThat(row).contains("Rekomendasi izin diproses"));
        PersonalDataSection mine = section(sections, "objections");
        assertThat(mine.rows()).singleElement().satisfies(row -> assertThat(row)
                .contains("2026-11", "Penilaian tidak memperhitungkan tugas tambahan.", "OPEN", "BAIK"));
        assertThat(section(personalData.stream().flatMap(s -> s.about(kasi).stream()).toList(), "objections").rows())
                .as("the rater's copy holds no one else's objection").isEmpty();
    }

    @Test
    void an_import_of_evaluations_cannot_overwrite_one_under_objection() {
        SentMessage notice = evaluateDewiAndAwaitTheNotice();
        tapForNewMessage(DEWI, notice, "Ajukan keberatan");
        tapAndAwaitEdit(DEWI, say(DEWI, "Penilaian tidak memperhitungkan tugas tambahan."), "Kirim keberatan");
        String nip = jdbc.sql("select nip from employee where id = ?").param(dewi).query(String.class).single();
        String before = evaluationOf(dewi);

        ImportOutcome outcome = evaluationImport.importEvaluations(CsvTable.of(
                List.of("nip", "period", "work_result", "behaviour", "feedback"),
                List.of(List.of(nip, "2026-11", "ABOVE", "ABOVE", ""))), "file:eval.csv", Requester.commandLine());

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.key()).isEqualTo("problems.evaluation_under_objection"));
        assertThat(evaluationOf(dewi)).as("the evaluation under objection is unchanged").isEqualTo(before);
    }

    private String evaluationOf(long employee) {
        return jdbc.sql("select work_result || '/' || behaviour || '/' || predicate from evaluation where employee_id = ?")
                .param(employee).query(String.class).single();
    }

    @Test
    void no_objection_after_the_window() {
        fixtures.evaluation(eko, open, kasi, MEETS, MEETS, null);
        // fifteen days ago: the clock has moved past the 14 calendar days of the window
        jdbc.sql("update evaluation set updated_at = now() - interval '15 days' where employee_id = ?").param(eko).update();
        SentMessage score = say(EKO, "/skor");
        assertThat(score.plainText()).contains("Predikat: Baik");
        assertThat(score.buttonLabels()).doesNotContain("⚖️ Ajukan keberatan");
        assertThat(forge(EKO, score, "kbf:" + open).text()).contains("Batas waktu pengajuan keberatan");
        assertThat(objections()).isZero();

        jdbc.sql("update evaluation set updated_at = now() - interval '13 days' where employee_id = ?").param(eko).update();
        assertThat(say(EKO, "/skor").buttonLabels()).as("still inside the window").contains("⚖️ Ajukan keberatan");
    }

    @Test
    void a_rater_without_a_supervisor_who_is_hr_cannot_decide_the_case_another_hr_admin_does() {
        jdbc.sql("update employee set is_admin = true where id = ?").param(camat).update();
        jdbc.sql("update employee set is_admin = false where id = ?").param(rina).update();
        fixtures.evaluation(kasi, open, camat, MEETS, MEETS, "Pertahankan.");

        SentMessage score = say(KASI, "/skor");
        tapForNewMessage(KASI, score, "Ajukan keberatan");
        SentMessage confirm = say(KASI, "Tugas koordinasi pemilu tidak dinilai.");
        assertThat(tapAndAwaitEdit(KASI, confirm, "Kirim keberatan").plainText())
                .as("the camat is the only HR admin and the rater").contains("Belum ada pejabat yang dapat memutus");
        assertThat(objections()).isZero();

        jdbc.sql("update employee set is_admin = true where id = ?").param(rina).update();
        tapForNewMessage(KASI, say(KASI, "/skor"), "Ajukan keberatan");
        assertThat(tapAndAwaitEdit(KASI, say(KASI, "Tugas koordinasi pemilu tidak dinilai."), "Kirim keberatan")
                .plainText()).contains("sudah diajukan kepada admin kepegawaian");
        long objection = jdbc.sql("select id from objection where employee_id = ? and decider_id is null")
                .param(kasi).query(Long.class).single();

        SentMessage card = telegram.awaitMessageContaining(RINA, "Keberatan baru dari Ahmad Fauzi", TIMEOUT);
        assertThat(telegram.messagesIn(CAMAT)).as("the rater is not asked to decide")
                .noneMatch(m -> m.plainText().contains("Keberatan baru"));
        assertThat(forge(CAMAT, telegram.lastMessageIn(CAMAT), "kbd:" + objection + ":K").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(CAMAT, telegram.lastMessageIn(CAMAT), "kbk:" + objection).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(status(objection)).isEqualTo("OPEN");

        SentMessage keep = tapAndAwaitEdit(RINA, card, "Pertahankan nilai");
        assertThat(keep.plainText()).contains("Pertahankan nilai?", "Predikat tetap Baik");
        tapAndAwaitEdit(RINA, keep, "Ya, pertahankan");
        assertThat(status(objection)).isEqualTo("KEPT");
        assertThat(telegram.awaitMessageContaining(KASI, "Keputusan atas keberatan Anda", TIMEOUT).plainText())
                .contains("Diputus oleh Rina Kepegawaian", "Nilai dipertahankan: predikat Baik");
        assertThat(telegram.awaitMessageContaining(CAMAT, "Keputusan atas keberatan Ahmad Fauzi", TIMEOUT).plainText())
                .as("the rater is told").contains("Nilai dipertahankan");
        assertThat(jdbc.sql("select changed_by_objection from evaluation where employee_id = ?").param(kasi)
                .query(Long.class).optional()).isEmpty();
    }

    private SentMessage evaluateDewiAndAwaitTheNotice() {
        SentMessage tasks = say(KASI, "/tugas");
        SentMessage card = tapForNewMessage(KASI, tasks, "Dewi Lestari");
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Sesuai Ekspektasi");
        SentMessage feedback = tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        SentMessage confirm = say(KASI, "Teliti, tingkatkan dokumentasi.");
        tapAndAwaitEdit(KASI, confirm, "Kirim");
        return telegram.awaitMessageContaining(DEWI, "telah menilai kinerja Anda", TIMEOUT);
    }

    private long objections() {
        return jdbc.sql("select count(*) from objection").query(Long.class).single();
    }

    private String status(long objection) {
        return jdbc.sql("select status from objection where id = ?").param(objection).query(String.class).single();
    }

    private String predicateOfDewi() {
        return jdbc.sql("select predicate from evaluation where employee_id = ? and period_id = ?").params(dewi, open)
                .query(String.class).single();
    }

    private static PersonalDataSection section(List<PersonalDataSection> sections, String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    private CallbackAnswer tap(long user, SentMessage message, String label) {
        return telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
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
}
