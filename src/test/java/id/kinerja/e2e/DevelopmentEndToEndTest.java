package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.Rating;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.followup.DevelopmentEntry;
import id.kinerja.followup.DevelopmentHours;
import id.kinerja.followup.DevelopmentKind;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** /pengembangan, the team's and HR's view of JP, the recap sheet, and recognition after a Sangat Baik. */
class DevelopmentEndToEndTest extends EndToEndTest {

    private static final long KASI = 7101;
    private static final long DEWI = 7102;
    private static final long EKO = 7103;
    private static final long HR = 7104;
    private static final long CAMAT = 7105;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    private DevelopmentHours hours;
    @Autowired
    private EvaluatingReport evaluating;
    @Autowired
    private WorkingCalendar calendar;

    private LocalDate today;
    private int year;
    private long camat;
    private long kasi;
    private long dewi;
    private long eko;
    private long hr;
    private long open;

    @BeforeEach
    void office() {
        today = LocalDate.now(calendar.zone());
        year = today.getYear();
        long unit = fixtures.unit("Seksi Pemerintahan");
        camat = fixtures.employee("Drs. Hasan Basri", "Camat", unit, null);
        kasi = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, camat);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasi);
        eko = fixtures.employee("Eko Prasetyo", "Pengadministrasi Umum", unit, kasi);
        hr = fixtures.employee("Rina Kepegawaian", "Analis SDM", unit, camat);
        jdbc.sql("update employee set employment = 'PPPK' where id = ?").param(eko).update();
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        LocalDate first = today.withDayOfMonth(1);
        open = fixtures.period("P-" + first, first, first.plusMonths(1).minusDays(1),
                first.plusMonths(1).plusDays(6), true);
        telegram.registerUser(KASI, "Ahmad", "id");
        telegram.registerUser(DEWI, "Dewi", "id");
        telegram.registerUser(EKO, "Eko", "id");
        telegram.registerUser(HR, "Rina", "id");
        telegram.registerUser(CAMAT, "Hasan", "id");
        linked(KASI, kasi);
        linked(DEWI, dewi);
        linked(EKO, eko);
        linked(HR, hr);
        linked(CAMAT, camat);
    }

    @Test
    void an_employee_records_an_activity_step_by_step_and_every_bad_answer_is_explained_with_nothing_stored() {
        SentMessage overview = say(DEWI, "/pengembangan");
        assertThat(overview.plainText()).contains("Pengembangan kompetensi " + year,
                "Total: 0 JP dari target 20 JP — masih kurang 20 JP", "1 JP (jam pelajaran) = 45 menit",
                "Belum ada kegiatan");
        SentMessage kinds = tapAndAwaitEdit(DEWI, overview, "Catat kegiatan");
        assertThat(kinds.buttonLabels()).containsExactly("Pelatihan/diklat", "Seminar/webinar/lokakarya", "Kursus",
                "E-learning", "Bimbingan teknis", "Magang/praktik kerja", "Lainnya", "Batal");
        assertThat(tapForNewMessage(DEWI, kinds, "Seminar/webinar").plainText()).contains("Langkah 2 dari 6", "judul kegiatan");
        assertThat(telegram.awaitMessage(DEWI, m -> m.messageId() == kinds.messageId() && m.keyboard().isEmpty(),
                TIMEOUT).plainText()).contains("Jenis kegiatan: Seminar/webinar/lokakarya");

        assertThat(say(DEWI, "x".repeat(201)).plainText()).contains("terlalu panjang (201 karakter)", "200 karakter");
        assertThat(say(DEWI, "Webinar Pelayanan Publik <Prima>").plainText()).contains("Langkah 3 dari 6", "penyelenggara");
        assertThat(say(DEWI, "a\u0007b").plainText()).contains("karakter tersembunyi (U+0007)");
        assertThat(say(DEWI, "BKPSDM Kota Medan").plainText()).contains("Langkah 4 dari 6", "tanggal mulai");

        LocalDate start = today.minusDays(2).getYear() == year ? today.minusDays(2) : today;
        assertThat(say(DEWI, "kemarin").plainText()).contains("Format tanggal tidak dikenali", "hh-bb-tttt");
        assertThat(say(DEWI, "31-02-" + year).plainText()).contains("31-02-" + year + " tidak ada di kalender");
        assertThat(say(DEWI, today.plusDays(1).format(TYPED)).plainText()).contains("belum lewat");
        assertThat(say(DEWI, "15-06-" + (year - 2)).plainText()).contains("terlalu lama", "1 Januari " + (year - 1));
        assertThat(say(DEWI, start.format(TYPED)).plainText()).contains("Langkah 5 dari 6", "tanggal selesai");

        assertThat(say(DEWI, start.minusDays(1).format(TYPED)).plainText()).contains("tidak boleh sebelum tanggal mulai");
        assertThat(say(DEWI, today.format(TYPED)).plainText()).contains("Langkah 6 dari 6", "1 JP = 45 menit");

        assertThat(say(DEWI, "delapan").plainText()).contains("Itu bukan angka", "1 sampai 200");
        assertThat(say(DEWI, "0").plainText()).contains("JP harus lebih dari 0");
        assertThat(say(DEWI, "-3").plainText()).contains("JP harus lebih dari 0");
        assertThat(say(DEWI, "2,5").plainText()).contains("angka bulat");
        assertThat(say(DEWI, "250").plainText()).contains("Lebih dari 200 JP untuk satu kegiatan");
        assertThat(activities()).as("nothing stored before the confirmation").isZero();

        SentMessage card = say(DEWI, "8 JP");
        assertThat(card.plainText()).contains("Periksa sebelum disimpan", "Jenis: Seminar/webinar/lokakarya",
                "Judul: Webinar Pelayanan Publik <Prima>", "Penyelenggara: BKPSDM Kota Medan", "JP: 8 JP (360 menit)");
        assertThat(card.buttonLabels()).containsExactly("✅ Simpan", "Batal");
        assertThat(say(DEWI, "simpan").plainText()).contains("Ketuk Simpan atau Batal");
        assertThat(activities()).isZero();

        SentMessage saved = tapAndAwaitEdit(DEWI, card, "Simpan");
        assertThat(saved.plainText()).contains("Kegiatan tersimpan: Webinar Pelayanan Publik <Prima>, 8 JP",
                "Total: 8 JP dari target 20 JP — masih kurang 12 JP");
        assertThat(jdbc.sql("""
                        select kind || '|' || title || '|' || organiser || '|' || start_date || '|' || end_date || '|' || jp
                          from development_activity where employee_id = ?""").param(dewi).query(String.class).single())
                .isEqualTo("SEMINAR|Webinar Pelayanan Publik <Prima>|BKPSDM Kota Medan|" + start + "|" + today + "|8");
        assertThat(jdbc.sql("select action from audit_log where action like 'DEVELOPMENT%'").query(String.class).list())
                .containsExactly("DEVELOPMENT_RECORDED");
        assertThat(tapAfterwards(DEWI, card, "dvs").text()).as("a second save of the same card")
                .isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(activities()).isOne();

        assertThat(say(DEWI, "/pengembangan").plainText()).contains("Total: 8 JP dari target 20 JP",
                "Seminar/webinar/lokakarya · Webinar Pelayanan Publik <Prima> (BKPSDM Kota Medan) — 8 JP");
    }

    @Test
    void cancelling_in_the_middle_stores_nothing() {
        SentMessage kinds = tapAndAwaitEdit(DEWI, say(DEWI, "/pengembangan"), "Catat kegiatan");
        tapForNewMessage(DEWI, kinds, "Kursus");
        say(DEWI, "Kursus Bahasa Inggris");
        assertThat(say(DEWI, "/batal").plainText()).contains("Langkah dibatalkan");
        assertThat(say(DEWI, "LIA Medan").plainText()).contains("tidak mengerti");
        assertThat(activities()).isZero();
    }

    @Test
    void the_total_is_held_against_20_jp_for_a_pns_and_the_configured_target_for_a_pppk() {
        record(dewi, 12);
        record(eko, 8);
        record(eko, 4);
        assertThat(say(DEWI, "/pengembangan").plainText()).contains("Total: 12 JP dari target 20 JP — masih kurang 8 JP");
        assertThat(say(EKO, "/pengembangan").plainText()).contains("Total: 12 JP dari target 10 JP ✅ target tercapai");
    }

    @Test
    void the_supervisor_sees_each_member_s_jp_in_the_team_screen() {
        record(dewi, 12);
        record(eko, 3);
        SentMessage team = say(KASI, "/tim");
        assertThat(team.plainText()).contains("Dewi Lestari — belum dinilai · JP " + year + ": 12/20",
                "Eko Prasetyo — belum dinilai · JP " + year + ": 3/10");
    }

    @Test
    void hr_lists_who_is_below_target_page_by_page_and_nobody_else_can() {
        long unit = jdbc.sql("select unit_id from employee where id = ?").param(dewi).query(Long.class).single();
        for (int i = 1; i <= 15; i++) {
            fixtures.employee(String.format("Staf %02d", i), "Staf", unit, kasi);
        }
        record(dewi, 20);
        record(eko, 4);
        // below: camat, kasi, eko, hr and 15 staff = 19
        SentMessage admin = say(HR, "/admin");
        assertThat(admin.buttonLabels()).contains("📚 Di bawah target JP " + year + ": 19 pegawai");
        SentMessage first = tapForNewMessage(HR, admin, "Di bawah target JP");
        assertThat(first.plainText()).contains("Pegawai di bawah target JP " + year, "19 orang (halaman 1 dari 2)",
                "Eko Prasetyo (Seksi Pemerintahan): 4/10 JP", "Ahmad Fauzi (Seksi Pemerintahan): 0/20 JP")
                .doesNotContain("Dewi Lestari");
        assertThat(first.buttonLabels()).containsExactly("Berikutnya ›");
        SentMessage second = tapAndAwaitEdit(HR, first, "Berikutnya");
        assertThat(second.plainText()).contains("halaman 2 dari 2");
        assertThat(second.buttonLabels()).containsExactly("‹ Sebelumnya");

        SentMessage mine = say(DEWI, "/pengembangan");
        assertThat(tapAfterwards(DEWI, mine, "dvb:0:0").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(telegram.messagesIn(DEWI)).noneMatch(m -> m.plainText().contains("di bawah target"));
    }

    @Test
    void the_recap_workbook_has_a_development_sheet_per_employee() throws Exception {
        record(dewi, 12);
        record(dewi, 10);
        record(eko, 4);
        SentMessage admin = say(HR, "/admin");
        int before = telegram.messageCount(HR);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR, admin, "(Excel)"), TIMEOUT);
        assertThat(telegram.awaitMessageCount(HR, before + 1, TIMEOUT).kind()).isEqualTo("document");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(telegram.lastDocument(HR).content()))) {
            Sheet sheet = workbook.getSheet("Pengembangan");
            assertThat(sheet).isNotNull();
            assertThat(cells(sheet.getRow(0))).containsExactly("NIP", "Nama", "Unit", "Tahun", "Total JP", "Target JP",
                    "Di bawah target", "Jumlah kegiatan");
            assertThat(cells(rowOf(sheet, "Dewi Lestari")).subList(3, 8))
                    .containsExactly(String.valueOf(year), "22", "20", "Tidak", "2");
            assertThat(cells(rowOf(sheet, "Eko Prasetyo")).subList(3, 8))
                    .containsExactly(String.valueOf(year), "4", "10", "Ya", "1");
            assertThat(cells(rowOf(sheet, "Ahmad Fauzi")).subList(4, 8)).containsExactly("0", "20", "Ya", "0");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void an_employee_deletes_their_own_wrong_entry_and_nobody_else_can() {
        record(dewi, 12);
        long id = jdbc.sql("select id from development_activity where employee_id = ?").param(dewi)
                .query(Long.class).single();
        SentMessage ekos = say(EKO, "/pengembangan");
        assertThat(tapAfterwards(EKO, ekos, "dvd:" + id + ":1").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(activities()).isOne();

        SentMessage list = tapAndAwaitEdit(DEWI, say(DEWI, "/pengembangan"), "Hapus kegiatan");
        SentMessage confirm = tapAndAwaitEdit(DEWI, list, "Webinar");
        assertThat(confirm.plainText()).contains("Hapus kegiatan ini?", "Webinar 12 JP");
        SentMessage removed = tapAndAwaitEdit(DEWI, confirm, "Ya, hapus");
        assertThat(removed.plainText()).contains("Kegiatan dihapus: Webinar 12 JP", "Total: 0 JP dari target 20 JP");
        assertThat(activities()).isZero();
        assertThat(jdbc.sql("select action from audit_log where action like 'DEVELOPMENT%' order by id")
                .query(String.class).list()).containsExactly("DEVELOPMENT_RECORDED", "DEVELOPMENT_DELETED");
        assertThat(tapAfterwards(DEWI, confirm, "dvd:" + id + ":1").text()).contains("sudah tidak ada");
    }

    @Test
    void a_sangat_baik_prompts_the_supervisor_whose_recognition_reaches_the_employee_and_forged_taps_change_nothing() {
        evaluating.submit(employees.byId(kasi).orElseThrow(), dewi, open, Rating.ABOVE, Rating.ABOVE, "Luar biasa.");
        SentMessage prompt = telegram.awaitMessageContaining(KASI, "mendapat predikat Sangat Baik", TIMEOUT);
        assertThat(prompt.plainText()).contains("Dewi Lestari");
        String start = prompt.button("Catat apresiasi").callbackData();

        assertThat(forge(EKO, start).text()).as("a colleague").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(forge(CAMAT, start).text()).as("the supervisor's own supervisor").isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(jdbc.sql("select count(*) from conversation where state = 'RECOGNITION'").query(Integer.class).single())
                .isZero();

        assertThat(tapForNewMessage(KASI, prompt, "Catat apresiasi").plainText()).contains("catatan apresiasi",
                "Dewi Lestari", "500 karakter");
        assertThat(say(KASI, "x".repeat(501)).plainText()).contains("paling banyak 500 karakter (sekarang 501)");
        SentMessage recommend = say(KASI, "Analisis Anda rapi & tepat waktu. Terima kasih!");
        assertThat(recommend.buttonLabels()).containsExactly("🎓 Rekomendasikan pelatihan",
                "📌 Rekomendasikan penugasan khusus", "Tanpa rekomendasi");
        String training = recommend.button("pelatihan").callbackData();
        assertThat(forge(EKO, training).text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(recognitions()).isZero();

        SentMessage saved = tapAndAwaitEdit(KASI, recommend, "Rekomendasikan pelatihan");
        assertThat(saved.plainText()).contains("Apresiasi untuk Dewi Lestari tersimpan", "Rekomendasi: pelatihan");
        assertThat(jdbc.sql("select note || '|' || recommendation || '|' || recorded_by from recognition where employee_id = ?")
                .param(dewi).query(String.class).single())
                .isEqualTo("Analisis Anda rapi & tepat waktu. Terima kasih!|TRAINING|" + kasi);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'RECOGNITION_RECORDED'").query(Integer.class)
                .single()).isOne();

        SentMessage notice = telegram.awaitMessageContaining(DEWI, "Apresiasi dari atasan Anda", TIMEOUT);
        assertThat(notice.plainText()).contains("Ahmad Fauzi", "Analisis Anda rapi & tepat waktu. Terima kasih!",
                "Rekomendasi: pelatihan", "/pengembangan");
        assertThat(say(DEWI, "/pengembangan").plainText()).contains("Apresiasi dari atasan",
                "Ahmad Fauzi: Analisis Anda rapi & tepat waktu. Terima kasih!");

        CallbackAnswer again = telegram.awaitCallbackAnswerFor(telegram.tapButton(KASI, prompt, "Catat apresiasi"), TIMEOUT);
        assertThat(again.text()).contains("sudah tercatat");
        assertThat(recognitions()).isOne();
    }

    @Test
    void a_good_predicate_prompts_nothing() {
        evaluating.submit(employees.byId(kasi).orElseThrow(), eko, open, Rating.MEETS, Rating.MEETS, null);
        await().atMost(TIMEOUT).until(() -> jdbc.sql("select count(*) from outbox_message where kind = 'EVALUATED'")
                .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'RECOGNITION_PROMPT'").query(Integer.class)
                .single()).isZero();
    }

    private void record(long employeeId, int jp) {
        assertThat(hours.record(employees.byId(employeeId).orElseThrow(), new DevelopmentEntry(DevelopmentKind.SEMINAR,
                "Webinar " + jp + " JP", "BKPSDM", today, today, jp))).isEmpty();
    }

    private int activities() {
        return jdbc.sql("select count(*) from development_activity").query(Integer.class).single();
    }

    private int recognitions() {
        return jdbc.sql("select count(*) from recognition").query(Integer.class).single();
    }

    private SentMessage tapForNewMessage(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }

    /** A tap with this data on a message of the user's own chat. */
    private CallbackAnswer tapAfterwards(long user, SentMessage message, String data) {
        return telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(user, user, message.messageId(), data), TIMEOUT);
    }

    /** The data of another account's button, tapped in this user's chat (on its last message). */
    private CallbackAnswer forge(long user, String data) {
        SentMessage last = telegram.lastMessageIn(user);
        return telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(user, user, last.messageId(), data), TIMEOUT);
    }

    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + name);
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return cells;
    }
}
