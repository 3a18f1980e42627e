package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.SentFile;
import id.kinerja.playground.emulator.SentMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AdminEndToEndTest extends EndToEndTest {

    @Autowired
    private WorkingCalendar calendar;

    private long hr;
    private long kasi;
    private LocalDate due;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Subbag Umum dan Kepegawaian");
        long camat = fixtures.employee("Rahmat Siregar", "Camat", unit, null);
        hr = fixtures.employee("Siti Harahap", "Analis SDM Aparatur", unit, camat);
        kasi = fixtures.employee("Erwin Saragih", "Kasi Pelayanan Umum", unit, camat);
        long staff = fixtures.employee("Andi Sembiring", "Petugas Pelayanan", unit, kasi);
        fixtures.employee("Maya Lubis", "Petugas Pelayanan", unit, kasi);
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        due = LocalDate.now(calendar.zone()).minusDays(10);
        long period = fixtures.period("LATE-1", due.minusDays(30), due.minusDays(7), due, true);
        fixtures.evaluation(hr, period, camat, MEETS, MEETS, null);
        jdbc.sql("update employee set unreachable_at = now(), unreachable_reason = 'Forbidden: bot was blocked by the user' where id = ?")
                .param(staff).update();
        telegram.registerUser(5001, "Siti", "id");
        telegram.registerUser(5002, "Erwin", "id");
        linked(5001, hr);
        linked(5002, kasi);
    }

    @Test
    void hr_sees_progress_who_is_late_by_how_many_working_days_and_who_is_unreachable() {
        SentMessage admin = say(5001, "/admin");
        String status = admin.plainText();

        int late = calendar.workingDaysBetween(due, LocalDate.now(calendar.zone()));
        assertThat(status).contains("Periode " + monthPeriod(due.minusDays(30), "id-ID"), "Penilaian selesai: 1 dari 4 (25%)", "Terlambat:",
                "Erwin Saragih (Subbag Umum dan Kepegawaian): 2 pegawai belum dinilai, terlambat " + late + " hari kerja",
                "Rahmat Siregar (Subbag Umum dan Kepegawaian): 1 pegawai belum dinilai",
                "belum menautkan Telegram: 3",
                "Andi Sembiring (Subbag Umum dan Kepegawaian): memblokir bot");
        assertThat(status).as("the reason in HR's language, not the Bot API's words").doesNotContain("Forbidden");
    }

    @Test
    void the_recap_arrives_as_an_excel_file_in_hr_s_private_chat_and_is_audited() throws Exception {
        SentMessage admin = say(5001, "/admin");
        int before = telegram.messageCount(5001);
        long period = jdbc.sql("select id from appraisal_period where code = 'LATE-1'").query(Long.class).single();
        assertThat(admin.button("Unduh rekap " + monthPeriod(due.minusDays(30), "id-ID") + " (Excel)").callbackData()).isEqualTo("rx:" + period + ":xlsx");

        telegram.awaitCallbackAnswerFor(telegram.tapButton(5001, admin, "Unduh rekap " + monthPeriod(due.minusDays(30), "id-ID") + " (Excel)"), TIMEOUT);

        SentMessage file = telegram.awaitMessageCount(5001, before + 1, TIMEOUT);
        assertThat(file.kind()).isEqualTo("document");
        assertThat(file.plainText()).contains("Rekap penilaian kinerja periode " + monthPeriod(due.minusDays(30), "id-ID"), "data pribadi");
        SentFile document = telegram.lastDocument(5001);
        assertThat(document.fileName()).isEqualTo("rekap-LATE-1.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(document.content()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("LATE-1");
            assertThat(texts(sheet.getRow(0), 9)).containsExactly("NIP", "Nama", "Unit", "Jabatan", "Atasan",
                    "Hasil Kerja", "Perilaku Kerja", "Predikat", "Dinilai pada");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row siti = rowOf(sheet, "Siti Harahap");
            assertThat(siti.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(siti.getCell(0).getStringCellValue()).matches("\\d{18}");
            assertThat(texts(siti, 8).subList(5, 8)).containsExactly("Sesuai Ekspektasi", "Sesuai Ekspektasi", "Baik");
            assertThat(DateUtil.isCellDateFormatted(siti.getCell(8))).isTrue();
        }
        assertThat(jdbc.sql("select actor from audit_log where action = 'RECAP_EXPORTED'").query(String.class).single())
                .startsWith("employee:");
    }

    @Test
    void an_english_hr_account_gets_the_excel_recap_in_english() throws Exception {
        long englishHr = fixtures.employee("Maria Sitompul", "Analis SDM Aparatur",
                fixtures.unit("Subbag Umum dan Kepegawaian"), null);
        jdbc.sql("update employee set is_admin = true where id = ?").param(englishHr).update();
        telegram.registerUser(5003, "Maria", "en");
        linked(5003, englishHr);
        SentMessage admin = say(5003, "/admin");
        int before = telegram.messageCount(5003);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(5003, admin, "Download recap " + monthPeriod(due.minusDays(30), "en-GB") + " (Excel)"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(5003, before + 1, TIMEOUT).kind()).isEqualTo("document");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(telegram.lastDocument(5003).content()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(texts(sheet.getRow(0), 9)).containsExactly("NIP", "Name", "Unit", "Position", "Supervisor",
                    "Work result", "Work behaviour", "Predicate", "Evaluated at");
            assertThat(texts(rowOf(sheet, "Siti Harahap"), 8).subList(5, 8))
                    .containsExactly("Meets expectation", "Meets expectation", "Good");
            assertThat(rowOf(sheet, "Maria Sitompul").getCell(5)).isNull();
        }
    }

    @Test
    void the_recap_is_also_offered_as_csv() {
        SentMessage admin = say(5001, "/admin");
        int before = telegram.messageCount(5001);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(5001, admin, "Unduh rekap " + monthPeriod(due.minusDays(30), "id-ID") + " (CSV)"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(5001, before + 1, TIMEOUT).kind()).isEqualTo("document");
        SentFile document = telegram.lastDocument(5001);
        assertThat(document.fileName()).isEqualTo("rekap-LATE-1.csv");
        assertThat(new String(document.content(), StandardCharsets.UTF_8))
                .startsWith("\uFEFFnip,name,unit,position,supervisor,work_result,behaviour,predicate,evaluated_at\r\n");
    }

    private static Row rowOf(Sheet sheet, String name) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(1).getStringCellValue().equals(name)).findFirst().orElseThrow();
    }

    /** The first {@code columns} cells as text, "" for an empty cell. */
    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            texts.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
        }
        return texts;
    }

    @Test
    void a_csv_button_from_before_excel_existed_still_sends_csv() {
        SentMessage admin = say(5001, "/admin");
        int before = telegram.messageCount(5001);
        long period = jdbc.sql("select id from appraisal_period where code = 'LATE-1'").query(Long.class).single();

        telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(5001, 5001, admin.messageId(), "rx:" + period),
                TIMEOUT);

        assertThat(telegram.awaitMessageCount(5001, before + 1, TIMEOUT).kind()).isEqualTo("document");
        assertThat(telegram.lastDocument(5001).fileName()).isEqualTo("rekap-LATE-1.csv");
    }

    @Test
    void anyone_else_is_told_it_is_for_hr_only_and_cannot_fetch_the_recap() {
        SentMessage answer = say(5002, "/admin");
        assertThat(answer.plainText()).isEqualTo("Perintah ini hanya untuk admin kepegawaian.");

        long period = jdbc.sql("select id from appraisal_period where code = 'LATE-1'").query(Long.class).single();
        for (String data : List.of("rx:" + period, "rx:" + period + ":xlsx", "rx:" + period + ":csv")) {
            var refused = telegram.awaitCallbackAnswerFor(
                    telegram.forgeCallbackQuery(5002, 5002, answer.messageId(), data), TIMEOUT);
            assertThat(refused.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(telegram.messagesIn(5002)).noneMatch(m -> "document".equals(m.kind()));
    }
}
