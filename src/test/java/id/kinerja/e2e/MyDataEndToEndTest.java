package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Units;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentFile;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.survey.CompletedSurvey;
import id.kinerja.survey.RespondentProfile;
import id.kinerja.survey.SurveyElement;
import id.kinerja.survey.SurveyResponses;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * UU 27/2022 in the chat: /data_saya sends the person their own data and nobody else's, /koreksi files a numbered
 * correction request that HR answers in the chat, and /privasi lists these rights.
 */
class MyDataEndToEndTest extends EndToEndTest {

    private static final long HR = 6101;
    private static final long ANDI = 6102;
    private static final long MAYA = 6103;
    private static final long BUDI = 6104;
    private static final long STRANGER = 6109;
    private static final long GROUP = -100610;
    private static final String MAYA_ABOUT_ANDI = "Komentar rahasia Maya tentang Andi";
    private static final String ANDI_ABOUT_MAYA = "Andi menulis tentang Maya";
    private static final String CITIZEN_SUGGESTION = "Saran warga rahasia untuk loket";

    @Autowired
    private AuditLog audit;
    @Autowired
    private SurveyResponses surveys;
    @Autowired
    private Units units;
    @Autowired
    private WorkingCalendar calendar;

    private final ObjectMapper json = new ObjectMapper();
    private long andi;
    private long unit;
    private final Map<String, String> nipOf = new HashMap<>();

    @BeforeEach
    void office() {
        unit = fixtures.unit("Kantor Camat Uji");
        long camat = fixtures.employee("Rahmat Siregar", "Camat", unit, null);
        long hr = fixtures.employee("Siti Harahap", "Analis SDM Aparatur", unit, camat);
        long kasi = fixtures.employee("Erwin Saragih", "Kasi Pelayanan Umum", unit, camat);
        andi = fixtures.employee("Andi Sembiring", "Petugas Pelayanan", unit, kasi);
        long maya = fixtures.employee("Maya Lubis", "Petugas Pelayanan", unit, kasi);
        long budi = fixtures.employee("Budi Nasution", "Petugas Pelayanan", unit, kasi);
        for (long id : new long[] {camat, hr, kasi, andi, maya, budi}) {
            nipOf.put(employees.byId(id).orElseThrow().name(), employees.byId(id).orElseThrow().nip().value());
        }
        jdbc.sql("update employee set is_admin = true where id = ?").param(hr).update();
        LocalDate today = LocalDate.now(calendar.zone());
        fixtures.period("OPEN-1", today.minusDays(20), today.plusDays(10), today.plusDays(15), true);
        telegram.registerUser(HR, "Siti", "id");
        telegram.registerUser(ANDI, "Andi", "id");
        telegram.registerUser(MAYA, "Maya", "id");
        telegram.registerUser(BUDI, "Budi", "id");
        telegram.registerUser(STRANGER, "Orang", "id");
        linked(HR, hr);
        linked(ANDI, andi);
        linked(MAYA, maya);
        linked(BUDI, budi);
    }

    @Test
    void the_copy_holds_the_person_s_own_data_as_json_and_xlsx_and_nobody_else_s() throws Exception {
        rate(ANDI, "Maya Lubis", "4★", ANDI_ABOUT_MAYA);
        rate(ANDI, "Budi Nasution", "2★", null);
        rate(MAYA, "Andi Sembiring", "5★", MAYA_ABOUT_ANDI);
        rate(BUDI, "Andi Sembiring", "1★", null);
        rate(BUDI, "Maya Lubis", "3★", null);
        writeSuggestion(CITIZEN_SUGGESTION);
        // an evaluation imported by the supervisor, logged as EvaluationImport logs it: the actor and the evaluator
        // are the supervisor's NIP
        audit.record("employee:" + nipOf.get("Erwin Saragih"), "EVALUATION_IMPORTED", "employee:" + nipOf.get("Andi Sembiring"),
                "period=OPEN-1 predicate=GOOD evaluator=employee:" + nipOf.get("Erwin Saragih") + " (created, test)");
        int before = telegram.messageCount(ANDI);

        SentMessage intro = say(ANDI, "/data_saya");
        assertThat(intro.plainText()).contains("Salinan data Anda", "JSON", "Excel",
                "Identitas rekan yang menilai Anda dan jawaban survei masyarakat tidak termasuk");
        telegram.awaitMessageCount(ANDI, before + 3, TIMEOUT);
        List<SentFile> documents = telegram.documentsIn(ANDI);
        assertThat(documents).extracting(SentFile::fileName).containsExactly(
                "data-saya-" + nipOf.get("Andi Sembiring") + ".json", "data-saya-" + nipOf.get("Andi Sembiring") + ".xlsx");
        assertThat(telegram.documentsIn(HR)).as("nobody else gets it").isEmpty();
        assertThat(telegram.documentsIn(MAYA)).isEmpty();

        String text = new String(documents.get(0).content(), StandardCharsets.UTF_8);
        JsonNode copy = json.readTree(text);
        assertThat(copy.get("generated_at").asText()).isNotBlank();
        assertThat(copy.at("/subject/nip").asText()).isEqualTo(nipOf.get("Andi Sembiring"));
        assertThat(copy.at("/subject/name").asText()).isEqualTo("Andi Sembiring");
        JsonNode sections = copy.get("sections");
        assertThat(iterable(sections.fieldNames())).containsSubsequence("employee", "telegram_account",
                "peer_ratings_given", "correction_requests", "processing_log", "retention");

        JsonNode employee = sections.at("/employee/0");
        assertThat(employee.get("nip").asText()).isEqualTo(nipOf.get("Andi Sembiring"));
        assertThat(employee.get("name").asText()).isEqualTo("Andi Sembiring");
        assertThat(employee.get("position").asText()).isEqualTo("Petugas Pelayanan");
        assertThat(employee.get("unit").asText()).isEqualTo("Kantor Camat Uji");
        assertThat(employee.get("supervisor").asText()).as("the official who rates, by name only").isEqualTo("Erwin Saragih");
        assertThat(employee.get("hr_rights").asBoolean()).isFalse();
        assertThat(sections.at("/telegram_account/0/telegram_user_id").asLong()).isEqualTo(ANDI);
        assertThat(sections.at("/telegram_account/0/language").asText()).isEqualTo("id");

        JsonNode peer = sections.get("peer_ratings_given");
        assertThat(peer).hasSize(1);
        assertThat(peer.at("/0/period").asText()).isEqualTo("OPEN-1");
        assertThat(peer.at("/0/ratings_given").asLong()).isEqualTo(2);
        assertThat(peer.at("/0/with_comment").asLong()).isEqualTo(1);
        assertThat(iterable(peer.get(0).fieldNames())).as("never whom, never the stars")
                .containsExactly("period", "ratings_given", "with_comment");

        List<JsonNode> log = iterable(sections.get("processing_log").elements());
        assertThat(log).extracting(e -> e.get("action").asText()).contains("LINKED", "EVALUATION_IMPORTED", "DATA_COPY_REQUESTED");
        JsonNode imported = log.stream().filter(e -> e.get("action").asText().equals("EVALUATION_IMPORTED")).findFirst().orElseThrow();
        assertThat(imported.get("by").asText()).isEqualTo("supervisor");
        assertThat(imported.get("details").asText()).contains("evaluator=employee:[other]");
        assertThat(log.stream().filter(e -> e.get("action").asText().equals("LINKED")).findFirst().orElseThrow()
                .get("by").asText()).isEqualTo("you");

        Map<String, JsonNode> retention = new HashMap<>();
        sections.get("retention").forEach(r -> retention.put(r.get("record").asText(), r));
        assertThat(retention.get("processed_updates").get("kept_for_days").asLong()).isEqualTo(7);
        assertThat(retention.get("link_attempts").get("kept_for_days").asLong()).isEqualTo(2);
        assertThat(retention.get("delivered_messages").get("kept_for_days").asLong()).isEqualTo(90);
        assertThat(retention.get("unlinked_accounts").get("kept_for_days").asLong()).isEqualTo(90);
        assertThat(retention.get("appraisal_records").get("kept_for").isNull()).isTrue();

        String workbook = workbookText(documents.get(1).content(), copy);
        for (String everything : List.of(text, workbook)) {
            for (String other : List.of("Rahmat Siregar", "Siti Harahap", "Maya Lubis", "Budi Nasution")) {
                assertThat(everything).as("no other employee's name").doesNotContain(other);
                assertThat(everything).as("no other employee's NIP").doesNotContain(nipOf.get(other));
            }
            assertThat(everything).doesNotContain(nipOf.get("Erwin Saragih"), nipOf.get("Rahmat Siregar"));
            assertThat(everything).as("no comment about or by anyone").doesNotContain(MAYA_ABOUT_ANDI, ANDI_ABOUT_MAYA);
            assertThat(everything).as("no survey data").doesNotContain(CITIZEN_SUGGESTION, "survey");
            assertThat(everything).as("no other Telegram account").doesNotContain("telegram:" + MAYA,
                    "telegram:" + BUDI, "telegram:" + HR);
            assertThat(everything).as("no rater pseudonym").doesNotContainPattern("[0-9a-f]{64}");
        }

        await().atMost(TIMEOUT).until(() -> jdbc.sql("select count(*) from audit_log where action = 'DATA_COPY_SENT' and subject = ?")
                .param("employee:" + nipOf.get("Andi Sembiring")).query(Integer.class).single() == 2);
    }

    @Test
    void only_a_linked_person_in_the_private_chat_gets_a_copy_and_at_most_three_a_day() {
        assertThat(say(STRANGER, "/data_saya").plainText()).contains("belum ditautkan");
        telegram.registerGroup(GROUP, "Kantor");
        int inGroup = telegram.messageCount(GROUP);
        telegram.sendTextInGroup(GROUP, ANDI, "/data_saya");
        assertThat(telegram.awaitMessageCount(GROUP, inGroup + 1, TIMEOUT).plainText()).contains("hanya dapat dipakai di chat pribadi");
        assertThat(telegram.documentsIn(GROUP)).isEmpty();
        assertThat(telegram.documentsIn(STRANGER)).isEmpty();

        for (int copy = 1; copy <= 3; copy++) {
            int before = telegram.messageCount(ANDI);
            say(ANDI, "/data_saya");
            telegram.awaitMessageCount(ANDI, before + 3, TIMEOUT);
        }
        assertThat(telegram.documentsIn(ANDI)).hasSize(6);
        assertThat(say(ANDI, "/my_data").plainText()).contains("sudah meminta 3 salinan data dalam 24 jam terakhir");
        assertThat(telegram.documentsIn(ANDI)).hasSize(6);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DATA_COPY_REQUESTED'").query(Integer.class).single())
                .isEqualTo(3);
    }

    @Test
    void a_correction_request_is_numbered_hr_refuses_it_with_a_reason_and_the_person_is_told() {
        String number = "KR-" + LocalDate.now(calendar.zone()).getYear() + "-0001";
        SentMessage start = say(ANDI, "/koreksi");
        assertThat(start.buttonLabels()).containsExactly("Nama", "NIP", "Unit kerja", "Jabatan", "Atasan langsung",
                "Lainnya", "Saya tidak setuju dengan nilai");
        assertThat(tapAndAwaitEdit(ANDI, start, "Nama").plainText()).contains("Nama: apa yang salah?");
        assertThat(say(ANDI, "x".repeat(501)).plainText()).contains("terlalu panjang (paling banyak 500 karakter)");
        assertThat(say(ANDI, "Tertulis Andi Sembiring, kurang nama belakang").plainText()).contains("Nama: seharusnya bagaimana?");
        SentMessage filed = say(ANDI, "Andi Sembiring Putra");
        assertThat(filed.plainText()).contains("tercatat dengan nomor " + number, "paling lambat");
        Map<String, Object> row = jdbc.sql("""
                        select field, wrong, wanted, status, extract(epoch from due_at - filed_at) as seconds
                          from correction_request""").query().singleRow();
        assertThat(row).containsEntry("field", "NAME").containsEntry("wrong", "Tertulis Andi Sembiring, kurang nama belakang")
                .containsEntry("wanted", "Andi Sembiring Putra").containsEntry("status", "OPEN");
        assertThat(((Number) row.get("seconds")).longValue()).as("3×24 clock hours").isEqualTo(72 * 3600);
        long id = jdbc.sql("select id from correction_request").query(Long.class).single();

        SentMessage notice = telegram.awaitMessageContaining(HR, number, TIMEOUT);
        assertThat(notice.plainText()).contains("Permintaan koreksi data baru", "Andi Sembiring", nipOf.get("Andi Sembiring"),
                "Yang salah: Tertulis Andi Sembiring, kurang nama belakang", "Seharusnya: Andi Sembiring Putra");
        assertThat(notice.buttonLabels()).containsExactly("✅ Sudah dikoreksi", "❌ Ditolak");
        assertThat(telegram.messagesIn(MAYA)).noneMatch(m -> m.plainText().contains(number));

        // a colleague who forges HR's buttons changes nothing
        SentMessage mayaLast = say(MAYA, "/bantuan");
        for (String forged : List.of("kr:ok:" + id, "kr:no:" + id, "kr:v:" + id)) {
            CallbackAnswer answer = telegram.awaitCallbackAnswerFor(
                    telegram.forgeCallbackQuery(MAYA, MAYA, mayaLast.messageId(), forged), TIMEOUT);
            assertThat(answer.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        }
        assertThat(status(id)).isEqualTo("OPEN");

        SentMessage admin = say(HR, "/admin");
        assertThat(admin.plainText()).contains("Permintaan koreksi data terbuka: 1",
                number + " · Andi Sembiring · Nama · batas ");
        assertThat(admin.buttonLabels()).contains("Jawab " + number);

        int hrBefore = telegram.messageCount(HR);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR, notice, "Ditolak"), TIMEOUT);
        assertThat(telegram.awaitMessageCount(HR, hrBefore + 1, TIMEOUT).plainText()).contains("Mengapa permintaan " + number + " ditolak?");
        assertThat(say(HR, "y".repeat(501)).plainText()).contains("terlalu panjang");
        assertThat(status(id)).as("a refusal needs its reason").isEqualTo("OPEN");
        assertThat(say(HR, "Nama sesuai SK pengangkatan; ajukan dengan salinan SK baru").plainText())
                .contains("Permintaan " + number + " dicatat sebagai ditolak");
        assertThat(status(id)).isEqualTo("REFUSED");

        SentMessage told = telegram.awaitMessageContaining(ANDI, "ditolak oleh kepegawaian", TIMEOUT);
        assertThat(told.plainText()).contains(number, "Nama", "Alasan: Nama sesuai SK pengangkatan; ajukan dengan salinan SK baru");

        // the old notice's other button is stale now
        CallbackAnswer stale = telegram.awaitCallbackAnswerFor(telegram.tapButton(HR, notice, "Sudah dikoreksi"), TIMEOUT);
        assertThat(stale.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        assertThat(status(id)).isEqualTo("REFUSED");
        assertThat(say(HR, "/admin").plainText()).doesNotContain("Permintaan koreksi data terbuka");
        assertThat(jdbc.sql("select action from audit_log where action like 'CORRECTION%' order by id").query(String.class).list())
                .containsExactly("CORRECTION_REQUESTED", "CORRECTION_REFUSED");
    }

    @Test
    void hr_marks_a_request_corrected_from_admin_and_the_person_is_told() {
        SentMessage start = say(ANDI, "/koreksi");
        tapAndAwaitEdit(ANDI, start, "Jabatan");
        say(ANDI, "Tertulis Petugas Pelayanan");
        say(ANDI, "Pengadministrasi Umum sejak Oktober");
        long id = jdbc.sql("select id from correction_request").query(Long.class).single();
        telegram.awaitMessageContaining(HR, "Permintaan koreksi data baru", TIMEOUT);

        SentMessage admin = say(HR, "/admin");
        int before = telegram.messageCount(HR);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(HR, admin, "Jawab KR-"), TIMEOUT);
        SentMessage card = telegram.awaitMessageCount(HR, before + 1, TIMEOUT);
        assertThat(card.plainText()).contains("Data: Jabatan", "Seharusnya: Pengadministrasi Umum sejak Oktober");
        assertThat(tapAndAwaitEdit(HR, card, "Sudah dikoreksi").plainText()).contains("dicatat sebagai sudah dikoreksi");
        assertThat(status(id)).isEqualTo("CORRECTED");
        assertThat(telegram.awaitMessageContaining(ANDI, "sudah dikoreksi oleh kepegawaian", TIMEOUT).plainText())
                .contains("(Jabatan)");
        assertThat(jdbc.sql("select actor from audit_log where action = 'CORRECTION_DONE'").query(String.class).single())
                .isEqualTo("employee:" + nipOf.get("Siti Harahap"));
    }

    @Test
    void disagreeing_with_a_rating_is_pointed_to_keberatan_and_not_filed() {
        SentMessage start = say(ANDI, "/koreksi");
        assertThat(tapAndAwaitEdit(ANDI, start, "Saya tidak setuju dengan nilai").plainText())
                .contains("bukan koreksi data, tetapi keberatan", "/skor", "Ajukan keberatan");

        SentMessage again = say(ANDI, "/koreksi");
        tapAndAwaitEdit(ANDI, again, "Lainnya");
        assertThat(say(ANDI, "Saya tidak setuju dengan predikat saya bulan ini").plainText())
                .contains("bukan koreksi data, tetapi keberatan", "Ajukan keberatan");
        assertThat(say(ANDI, "apa saja").plainText()).as("the flow ended").contains("tidak mengerti");
        assertThat(jdbc.sql("select count(*) from correction_request").query(Integer.class).single()).isZero();
    }

    @Test
    void privacy_lists_the_rights_and_their_commands_in_both_languages() {
        String id = say(ANDI, "/privasi").plainText();
        assertThat(id).contains("/data_saya", "/koreksi", "3×24 jam", "keberatan", "/skor", "catatan pemrosesan",
                "retention", "/putuskan").doesNotContain("hubungi bagian kepegawaian");
        telegram.registerUser(6110, "Eng", "en");
        String en = say(6110, "/privacy").plainText();
        assertThat(en).contains("/my_data", "/correct", "3×24 hours", "objection", "/score", "processing log")
                .doesNotContain("contact HR");
    }

    private String status(long id) {
        return jdbc.sql("select status from correction_request where id = ?").param(id).query(String.class).single();
    }

    private void rate(long user, String colleague, String stars, String comment) {
        SentMessage list = say(user, "/nilai_rekan");
        SentMessage starScreen = tapAndAwaitEdit(user, list, colleague);
        assertThat(tapAndAwaitEdit(user, starScreen, stars).plainText()).contains("✅");
        if (comment != null) {
            assertThat(say(user, comment).plainText()).contains("tersimpan");
        } else {
            say(user, "/batal");
        }
    }

    private void writeSuggestion(String suggestion) {
        Map<SurveyElement, Integer> scores = new EnumMap<>(SurveyElement.class);
        for (SurveyElement element : SurveyElement.values()) {
            scores.put(element, 2);
        }
        surveys.write(List.of(new CompletedSurvey(units.byId(unit).orElseThrow().id(), "", LocalDate.now(calendar.zone()),
                RespondentProfile.SKIPPED, scores, suggestion)));
        assertThat(jdbc.sql("select count(*) from survey_suggestion").query(Integer.class).single()).isEqualTo(1);
    }

    /** Every cell of the workbook as text; each sheet is a section of the JSON copy, with its columns. */
    private static String workbookText(byte[] xlsx, JsonNode copy) throws Exception {
        StringBuilder all = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactlyElementsOf(iterable(copy.get("sections").fieldNames()));
            Sheet employee = workbook.getSheet("employee");
            assertThat(employee.getRow(0).getCell(0).getStringCellValue()).isEqualTo("nip");
            assertThat(employee.getRow(1).getCell(0).getStringCellValue()).isEqualTo(copy.at("/subject/nip").asText());
            assertThat(employee.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Andi Sembiring");
            Row peer = workbook.getSheet("peer_ratings_given").getRow(1);
            assertThat(peer.getCell(1).getNumericCellValue()).isEqualTo(2.0);
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        all.append(formatter.formatCellValue(cell)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
