package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.ABOVE;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.CorrectionField;
import id.kinerja.account.CorrectionRequests;
import id.kinerja.employee.AdminRights;
import id.kinerja.employee.Requester;
import id.kinerja.employee.Units;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentFile;
import id.kinerja.playground.emulator.SentMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two kelurahan under one kantor camat, and an HR admin granted Kelurahan A only: in the chat the admin's recap, file
 * imports and correction requests never reach a person of Kelurahan B.
 */
class ScopedHrEndToEndTest extends EndToEndTest {

    private static final long HR_A = 7101;
    private static final long HR_WHOLE = 7102;
    private static final long STAFF_B = 7103;

    @Autowired
    private AdminRights adminRights;
    @Autowired
    private Units units;
    @Autowired
    private CorrectionRequests corrections;

    private long staffB;
    private String staffANip;
    private String staffBNip;
    private String lurahBNip;
    private String camatNip;
    private long period;

    @BeforeEach
    void office() {
        long kantor = fixtures.unit("Kantor Camat Medan Timur");
        long a = fixtures.unit("Kelurahan Anggrek");
        long b = fixtures.unit("Kelurahan Bakung");
        jdbc.sql("update unit set parent_id = ? where id in (?, ?)").params(kantor, a, b).update();
        long camat = fixtures.employee("Rahmat Siregar", "Camat", kantor, null);
        long lurahA = fixtures.employee("Ahmad Fauzi", "Lurah", a, camat);
        long staffA = fixtures.employee("Ayu Lestari", "Pengadministrasi", a, lurahA);
        long hrA = fixtures.employee("Arif Hidayat", "Analis SDM Aparatur", a, lurahA);
        long lurahB = fixtures.employee("Bonar Sitompul", "Lurah", b, camat);
        staffB = fixtures.employee("Butet Manurung", "Pengadministrasi", b, lurahB);
        long hrWhole = fixtures.employee("Siti Harahap", "Analis SDM Aparatur", kantor, camat);
        adminRights.grant(employees.byId(hrA).orElseThrow(), units.byName("Kelurahan Anggrek"), Requester.commandLine());
        adminRights.grant(employees.byId(hrWhole).orElseThrow(), Optional.empty(), Requester.commandLine());
        staffANip = nipOf(staffA);
        staffBNip = nipOf(staffB);
        lurahBNip = nipOf(lurahB);
        camatNip = nipOf(camat);
        LocalDate today = LocalDate.now();
        period = fixtures.period("2026-11", today.minusDays(10), today.plusDays(20), today.plusDays(25), true);
        fixtures.evaluation(staffA, period, lurahA, MEETS, MEETS, null);
        fixtures.evaluation(staffB, period, lurahB, ABOVE, ABOVE, null);
        telegram.registerUser(HR_A, "Arif", "id");
        telegram.registerUser(HR_WHOLE, "Siti", "id");
        telegram.registerUser(STAFF_B, "Butet", "id");
        linked(HR_A, hrA);
        linked(HR_WHOLE, hrWhole);
        linked(STAFF_B, staffB);
    }

    @Test
    void the_recap_of_an_hr_admin_of_kelurahan_a_holds_no_name_from_kelurahan_b_on_any_sheet() throws Exception {
        SentMessage admin = say(HR_A, "/admin");
        int before = telegram.messageCount(HR_A);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR_A, admin, "(Excel)"), TIMEOUT);

        assertThat(telegram.awaitMessageCount(HR_A, before + 1, TIMEOUT).kind()).isEqualTo("document");
        SentFile workbook = telegram.lastDocument(HR_A);
        String cells = cells(workbook.content());
        assertThat(cells).contains("Ayu Lestari", staffANip, "Ahmad Fauzi", "Arif Hidayat");
        assertThat(cells).doesNotContain("Butet Manurung", "Bonar Sitompul", staffBNip, lurahBNip, "Kelurahan Bakung");
        assertThat(cells).as("nor anyone of the kantor camat above it but as a supervisor")
                .doesNotContain(camatNip, "Siti Harahap");

        int beforeCsv = telegram.messageCount(HR_A);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR_A, admin, "(CSV)"), TIMEOUT);
        telegram.awaitMessageCount(HR_A, beforeCsv + 1, TIMEOUT);
        String csv = new String(telegram.lastDocument(HR_A).content(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Ayu Lestari").doesNotContain("Butet Manurung", "Bonar Sitompul", staffBNip);
        assertThat(csv.lines().count()).as("header and the three people of Kelurahan Anggrek").isEqualTo(4);
    }

    @Test
    void hr_of_the_whole_organisation_still_gets_everyone() throws Exception {
        SentMessage admin = say(HR_WHOLE, "/admin");
        int before = telegram.messageCount(HR_WHOLE);

        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR_WHOLE, admin, "(Excel)"), TIMEOUT);

        telegram.awaitMessageCount(HR_WHOLE, before + 1, TIMEOUT);
        assertThat(cells(telegram.lastDocument(HR_WHOLE).content())).contains("Butet Manurung", "Ayu Lestari");
    }

    @Test
    void a_roster_or_indicator_file_touching_kelurahan_b_is_refused_whole_with_the_lines_named() {
        List<Map<String, Object>> employeesBefore = rows("employee");
        List<Map<String, Object>> unitsBefore = rows("unit");

        SentMessage roster = sendFile(HR_A, "pegawai.csv", """
                nip,name,position,unit,supervisor_nip
                %s,Ayu Lestari,Pranata Komputer,Kelurahan Anggrek,
                %s,Butet Manurung,Pengadministrasi,Kelurahan Anggrek,
                199101012015011001,Pegawai Baru,Staf,Kelurahan Bakung,%s
                """.formatted(staffANip, staffBNip, lurahBNip));

        assertThat(roster.plainText()).startsWith("❌ Tidak ada yang diimpor dari pegawai.csv (Daftar pegawai).");
        assertThat(roster.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).containsExactly(
                "Baris 3: NIP " + staffBNip + " terdaftar di unit \"Kelurahan Bakung\", di luar bagian "
                        + "organisasi Anda (Kelurahan Anggrek dan unit di bawahnya). Hapus baris ini; kepegawaian yang "
                        + "membawahkan unit itu yang mengurusnya.",
                "Baris 4: unit \"Kelurahan Bakung\" berada di luar bagian organisasi Anda (Kelurahan Anggrek dan unit "
                        + "di bawahnya). Hapus baris ini; kepegawaian yang membawahkan unit itu yang mengimpornya.");
        assertThat(roster.plainText()).as("the names of people outside are not told")
                .doesNotContain("Butet Manurung", "Bonar Sitompul");
        assertThat(rows("employee")).isEqualTo(employeesBefore);
        assertThat(rows("unit")).isEqualTo(unitsBefore);

        SentMessage indicators = sendFile(HR_A, "indikator.csv", """
                nip,period,indicator,target,unit,direction
                %s,2026-11,Surat keterangan diproses,100,surat,HIGHER_IS_BETTER
                %s,2026-11,Surat keterangan diproses,100,surat,HIGHER_IS_BETTER
                """.formatted(staffANip, staffBNip));

        assertThat(indicators.plainText().lines().filter(l -> l.startsWith("Baris ")).toList()).singleElement()
                .asString().startsWith("Baris 3: NIP " + staffBNip + " terdaftar di unit \"Kelurahan Bakung\"");
        assertThat(rows("indicator")).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('ROSTER_IMPORTED', 'INDICATORS_IMPORTED')")
                .query(Long.class).single()).isZero();

        SentMessage inside = sendFile(HR_A, "indikator.csv", """
                nip,period,indicator,target,unit,direction
                %s,2026-11,Surat keterangan diproses,100,surat,HIGHER_IS_BETTER
                """.formatted(staffANip));
        assertThat(inside.plainText()).startsWith("✅");
        assertThat(rows("indicator")).hasSize(1);
    }

    @Test
    void a_correction_request_of_kelurahan_b_is_neither_shown_to_nor_answerable_by_hr_of_kelurahan_a() {
        var filed = (CorrectionRequests.Filing.Filed) corrections.file(employees.byId(staffB).orElseThrow(),
                CorrectionField.NAME, "Tertulis Butet Manurung", "Butet Manurung Siregar");
        long id = filed.request().id();
        String number = filed.request().number();
        // the request is filed through the use case here; the chat's notice is what /koreksi would queue
        SentMessage adminA = say(HR_A, "/admin");
        assertThat(adminA.buttonLabels()).doesNotContain("Jawab " + number);
        assertThat(adminA.plainText()).doesNotContain(number);
        assertThat(say(HR_WHOLE, "/admin").buttonLabels()).contains("Jawab " + number);

        for (String forged : List.of("kr:v:" + id, "kr:ok:" + id, "kr:no:" + id)) {
            CallbackAnswer answer = telegram.awaitCallbackAnswerFor(
                    telegram.forgeCallbackQuery(HR_A, HR_A, adminA.messageId(), forged), TIMEOUT);
            assertThat(answer.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(jdbc.sql("select status from correction_request where id = ?").param(id).query(String.class).single())
                .isEqualTo("OPEN");
        assertThat(telegram.messagesIn(HR_A)).noneMatch(m -> m.plainText().contains("Butet Manurung"));
    }

    @Test
    void a_correction_filed_in_the_chat_by_someone_of_kelurahan_b_is_told_to_hr_of_the_whole_organisation_only() {
        SentMessage start = say(STAFF_B, "/koreksi");
        tapAndAwaitEdit(STAFF_B, start, "Nama");
        say(STAFF_B, "Tertulis Butet Manurung");
        assertThat(say(STAFF_B, "Butet Manurung Siregar").plainText()).contains("tercatat dengan nomor");

        telegram.awaitMessageContaining(HR_WHOLE, "Permintaan koreksi data baru", TIMEOUT);
        assertThat(jdbc.sql("select count(*) from outbox_message where kind = 'CORRECTION_REQUESTED'")
                .query(Long.class).single()).as("one notice, for HR of the whole organisation").isEqualTo(1);
        assertThat(telegram.messagesIn(HR_A)).noneMatch(m -> m.plainText().contains("Butet Manurung"));
    }

    /** Every cell of every sheet, as shown, one a line. */
    private static String cells(byte[] xlsx) throws Exception {
        List<String> all = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).as("the recap and the follow-up's sheets").isGreaterThan(1);
            for (Sheet sheet : workbook) {
                all.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.add(formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return String.join("\n", all);
    }

    private SentMessage sendFile(long userId, String fileName, String content) {
        int before = telegram.messageCount(userId);
        telegram.sendDocumentFromUser(userId, fileName, content.getBytes(StandardCharsets.UTF_8), null);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    private String nipOf(long employeeId) {
        return jdbc.sql("select nip from employee where id = ?").param(employeeId).query(String.class).single();
    }

    private List<Map<String, Object>> rows(String table) {
        return jdbc.sql("select * from " + table + " order by id").query().listOfRows();
    }
}
