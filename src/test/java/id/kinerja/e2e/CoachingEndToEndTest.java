package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.BELOW;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.RecapSheets;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.followup.CoachingJobs;
import id.kinerja.playground.emulator.CallbackAnswer;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Dates;
import id.kinerja.text.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Coaching after a low predicate (issue 12): the supervisor is asked to plan it after the submit, plans it with
 * buttons and typed text, both are reminded on the day, the outcome is recorded, the employee answers Format B.1.8
 * for the supervisor's own supervisor only; a low predicate nobody plans escalates.
 */
class CoachingEndToEndTest extends EndToEndTest {

    private static final long KASI = 8101;
    private static final long DEWI = 8102;
    private static final long CAMAT = 8103;
    private static final long EKO = 8104;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private EvaluatingReport evaluating;
    @Autowired
    private Periods periods;
    @Autowired
    private List<RecapSheets> recapSheets;
    @Autowired
    private List<PersonalDataSource> personalData;
    @Autowired
    private ApplicationContext context;

    private long camat;
    private long kasi;
    private long dewi;
    private long eko;
    private long open;
    private LocalDate today;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Seksi Pemerintahan");
        camat = fixtures.employee("Drs. Hasan Basri", "Camat Medan Marelan", unit, null);
        kasi = fixtures.employee("Ahmad Fauzi", "Kasi Pemerintahan", unit, camat);
        dewi = fixtures.employee("Dewi Lestari", "Analis Pemerintahan", unit, kasi);
        eko = fixtures.employee("Eko Prasetyo", "Pengadministrasi Umum", unit, kasi);
        jdbc.sql("update employee set is_admin = true where id = ?").param(camat).update();
        today = LocalDate.now(calendar.zone());
        open = fixtures.period("CCH-1", today.minusDays(20), today.plusDays(5), today.plusDays(12), true);
        telegram.registerUser(KASI, "Ahmad", "id");
        telegram.registerUser(DEWI, "Dewi", "id");
        telegram.registerUser(CAMAT, "Hasan", "id");
        telegram.registerUser(EKO, "Eko", "id");
        linked(KASI, kasi);
        linked(DEWI, dewi);
        linked(CAMAT, camat);
        linked(EKO, eko);
    }

    @Test
    void a_low_predicate_is_followed_by_a_plan_a_reminder_an_outcome_and_the_feedback_form() {
        evaluateDewiInTheChat();

        SentMessage prompt = telegram.awaitMessageContaining(KASI, "Pilih jenis bimbingan", TIMEOUT);
        assertThat(prompt.plainText()).contains("Predikat Dewi Lestari", "Butuh Perbaikan");
        assertThat(prompt.buttonLabels()).containsExactly("Bimbingan kinerja", "Dialog kinerja", "Pelatihan",
                "Penugasan khusus");
        long request = jdbc.sql("select id from coaching_session where employee_id = ? and status = 'UNPLANNED'")
                .param(dewi).query(Long.class).single();

        // a forged tap from another account (Eko, not Dewi's supervisor) changes nothing
        CallbackAnswer forged = forge(EKO, "cchk:" + dewi + ":" + request + ":0");
        assertThat(forged.text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        forged = forge(EKO, "cchd:" + dewi + ":" + request + ":0:" + calendar.nextWorkingDay(today).format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(forged.text()).isEqualTo("Tombol ini sudah tidak berlaku.");

        SentMessage days = tapAndAwaitEdit(KASI, prompt, "Dialog kinerja");
        assertThat(days.plainText()).contains("Dialog kinerja untuk Dewi Lestari", "ketik tanggal");
        LocalDate first = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
        LocalDate second = calendar.nextWorkingDay(first);
        assertThat(days.buttonLabels()).hasSize(5).startsWith(Dates.longDate(first, Language.ID),
                Dates.longDate(second, Language.ID));

        // typed dates: not a date, past, not a working day — each said clearly, nothing changes
        assertThat(say(KASI, "besok pagi").plainText()).contains("Tanggal tidak dikenali");
        assertThat(say(KASI, today.minusDays(1).format(TYPED)).plainText()).contains("sudah lewat");
        LocalDate saturday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
        assertThat(say(KASI, saturday.toString()).plainText()).contains("bukan hari kerja");
        assertThat(status(request)).isEqualTo("UNPLANNED");

        SentMessage focus = say(KASI, second.format(TYPED));
        assertThat(focus.plainText()).contains("pada " + Dates.longDate(second, Language.ID), "Tulis fokus",
                "500 karakter");

        // a focus over 500 characters: refused, nothing stored
        assertThat(say(KASI, "x".repeat(501)).plainText()).contains("terlalu panjang (501 karakter)", "Belum ada yang disimpan");
        assertThat(status(request)).isEqualTo("UNPLANNED");

        SentMessage planned = say(KASI, "Ketepatan waktu laporan & <rekap> surat masuk");
        assertThat(planned.plainText()).contains("Bimbingan direncanakan: Dialog kinerja dengan Dewi Lestari",
                Dates.longDate(second, Language.ID), "Ketepatan waktu laporan & <rekap> surat masuk");
        assertThat(jdbc.sql("select status || '/' || kind || '/' || session_date || '/' || focus || '/' || supervisor_id from coaching_session where id = ?")
                .param(request).query(String.class).single())
                .isEqualTo("PLANNED/DIALOG_KINERJA/" + second + "/Ketepatan waktu laporan & <rekap> surat masuk/" + kasi);

        SentMessage notice = telegram.awaitMessageContaining(DEWI, "menjadwalkan", TIMEOUT);
        assertThat(notice.plainText()).contains("Ahmad Fauzi menjadwalkan Dialog kinerja dengan Anda pada "
                + Dates.longDate(second, Language.ID), "Ketepatan waktu laporan & <rekap> surat masuk");

        // the prompt's kind buttons are stale now (the request is planned): a second plan from them changes nothing
        assertThat(telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(KASI, KASI, prompt.messageId(),
                "cchk:" + dewi + ":" + request + ":2"), TIMEOUT).text()).contains("sudah direncanakan");
        assertThat(jdbc.sql("select count(*) from coaching_session where employee_id = ?").param(dewi)
                .query(Integer.class).single()).isOne();

        SentMessage admin = say(CAMAT, "/admin");
        assertThat(admin.plainText()).contains("Bimbingan kinerja: 0 belum dijadwalkan, 1 dijadwalkan, 0 lewat tanggal");

        // the day comes: both reminded at the prompt hour, once
        CoachingJobs jobs = new CoachingJobs(context);
        assertThat(jobs.planAt(at(second, 7, 0))).as("before the prompt hour").isZero();
        assertThat(jobs.planAt(at(second, 8, 0))).isEqualTo(2);
        assertThat(jobs.planAt(at(second, 9, 0))).as("once").isZero();
        timeReachesTheSlot();
        SentMessage reminder = telegram.awaitMessageContaining(KASI, "Hari ini: Dialog kinerja dengan Dewi Lestari", TIMEOUT);
        assertThat(reminder.buttonLabels()).containsExactly("📋 Catat hasil");
        assertThat(telegram.awaitMessageContaining(DEWI, "Hari ini: Dialog kinerja dengan Ahmad Fauzi", TIMEOUT)
                .buttonLabels()).isEmpty();

        // the day passed: the outcome is recorded; Dewi may not record it, a forged outcome changes nothing
        jdbc.sql("update coaching_session set session_date = ? where id = ?").params(today, request).update();
        assertThat(forge(DEWI, "cchr:" + request + ":H").text()).isEqualTo("Tombol ini sudah tidak berlaku.");
        SentMessage ask = tapForNewMessage(KASI, reminder, "Catat hasil");
        assertThat(ask.buttonLabels()).containsExactly("✅ Terlaksana", "📅 Ditunda", "❌ Tidak terlaksana");
        SentMessage note = tapAndAwaitEdit(KASI, ask, "Terlaksana");
        assertThat(note.plainText()).contains("Tulis catatan singkat");
        assertThat(say(KASI, "y".repeat(600)).plainText()).contains("terlalu panjang (600 karakter)");
        assertThat(status(request)).isEqualTo("PLANNED");
        assertThat(say(KASI, "Sepakat: laporan mingguan tiap Jumat.").plainText())
                .contains("Tercatat: bimbingan Dewi Lestari — Terlaksana");
        assertThat(jdbc.sql("select status || '/' || outcome_note from coaching_session where id = ?").param(request)
                .query(String.class).single()).isEqualTo("HELD/Sepakat: laporan mingguan tiap Jumat.");

        // Format B.1.8: Dewi answers nine statements; only the Camat (Kasi's supervisor) sees them
        SentMessage held = telegram.awaitMessageContaining(DEWI, "tercatat terlaksana", TIMEOUT);
        assertThat(held.plainText()).contains("hanya diteruskan kepada atasan dari Ahmad Fauzi");
        assertThat(forge(KASI, "cchf:" + request + ":1:1").text()).as("the supervisor cannot answer for her")
                .isEqualTo("Tombol ini sudah tidak berlaku.");
        SentMessage statement = tapForNewMessage(DEWI, held, "Isi umpan balik");
        assertThat(statement.plainText()).contains("(1 dari 9)", "Saya merasa diperhatikan dan dipahami.");
        assertThat(statement.buttonLabels()).containsExactly("1 · Sangat tidak setuju", "2 · Tidak setuju",
                "3 · Setuju", "4 · Sangat setuju");
        for (int i = 1; i <= 9; i++) {
            statement = tapAndAwaitEdit(DEWI, statement, i == 2 ? "2 ·" : "4 ·");
        }
        assertThat(statement.plainText()).contains("diteruskan hanya kepada Drs. Hasan Basri");
        assertThat(jdbc.sql("select string_agg(statement || ':' || score, ' ' order by statement) from coaching_feedback where session_id = ?")
                .param(request).query(String.class).single()).isEqualTo("1:4 2:2 3:4 4:4 5:4 6:4 7:4 8:4 9:4");
        assertThat(forge(DEWI, "cchf:" + request + ":9:1").text()).as("answered already")
                .isEqualTo("Tombol ini sudah tidak berlaku.");

        SentMessage toCamat = telegram.awaitMessageContaining(CAMAT, "Format B.1.8", TIMEOUT);
        assertThat(toCamat.plainText()).contains("dari Dewi Lestari", "Dialog kinerja dengan Ahmad Fauzi",
                "1. Saya merasa diperhatikan dan dipahami.: 4 (Sangat setuju)", "2. ", ": 2 (Tidak setuju)");
        assertThat(telegram.messagesIn(KASI)).as("the supervisor never sees the answers")
                .noneMatch(m -> m.plainText().contains("Format B.1.8") || m.plainText().contains("Sangat setuju"));

        assertThat(jdbc.sql("select action from audit_log where action like 'COACHING%' order by id").query(String.class).list())
                .startsWith("COACHING_REQUESTED", "COACHING_PLANNED", "COACHING_OUTCOME", "COACHING_FEEDBACK_ANSWERED")
                .endsWith("COACHING_FEEDBACK_SENT");

        // the recap workbook's sheet and the data copy
        Table sheet = recapSheets.stream().flatMap(s -> s.sheets(periods.byId(open).orElseThrow(), Language.ID).stream())
                .filter(t -> t.name().equals("Bimbingan")).findFirst().orElseThrow();
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0)).contains("Dewi Lestari", "Ahmad Fauzi", "Butuh Perbaikan", "Dialog kinerja",
                "Terlaksana", "Sepakat: laporan mingguan tiap Jumat.");
        PersonalDataSection dewisCopy = section(dewi);
        assertThat(dewisCopy.rows()).hasSize(1);
        assertThat(dewisCopy.rows().get(0)).contains("Ahmad Fauzi", "DIALOG_KINERJA", "HELD",
                "1:4 2:2 3:4 4:4 5:4 6:4 7:4 8:4 9:4");
        assertThat(section(kasi).rows()).as("the coach's own copy holds none of it").isEmpty();
    }

    @Test
    void a_low_predicate_nobody_plans_escalates_once_to_the_supervisors_supervisor_and_planning_from_the_team_works() {
        evaluating.submit(employees.byId(kasi).orElseThrow(), eko, open, BELOW, BELOW, "Banyak target tidak tercapai.");
        await().atMost(TIMEOUT).until(() -> jdbc.sql("select count(*) from coaching_session where employee_id = ? and status = 'UNPLANNED'")
                .param(eko).query(Integer.class).single() == 1);
        LocalDate requested = jdbc.sql("select requested_on from coaching_session where employee_id = ?").param(eko)
                .query(LocalDate.class).single();
        CoachingJobs jobs = new CoachingJobs(context);
        LocalDate early = calendar.plusWorkingDays(requested, 2);
        LocalDate late = calendar.plusWorkingDays(requested, 3);
        assertThat(jobs.planAt(at(early, 9, 0))).as("not yet").isZero();
        assertThat(jobs.planAt(at(late, 9, 0))).isEqualTo(1);
        assertThat(jobs.planAt(at(calendar.nextWorkingDay(late), 9, 0))).as("once").isZero();
        timeReachesTheSlot();
        SentMessage escalation = telegram.awaitMessageContaining(CAMAT, "belum merencanakan bimbingan", TIMEOUT);
        assertThat(escalation.plainText()).contains("Ahmad Fauzi belum merencanakan bimbingan untuk Eko Prasetyo",
                "Sangat Kurang", "3 hari kerja");
        assertThat(telegram.messagesIn(EKO)).noneMatch(m -> m.plainText().contains("belum merencanakan"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COACHING_ESCALATED'").query(Integer.class)
                .single()).isOne();

        // /tim → Jadwalkan bimbingan → the person: the request is answered by a plan made from the team
        SentMessage team = say(KASI, "/tim");
        assertThat(team.buttonLabels()).contains("📅 Jadwalkan bimbingan");
        SentMessage coaching = tapForNewMessage(KASI, team, "Jadwalkan bimbingan");
        assertThat(coaching.plainText()).contains("Eko Prasetyo: perlu dijadwalkan");
        assertThat(coaching.buttonLabels()).contains("📅 Dewi Lestari", "📅 Eko Prasetyo");
        SentMessage kinds = tapAndAwaitEdit(KASI, coaching, "Dewi Lestari");
        SentMessage days = tapAndAwaitEdit(KASI, kinds, "Pelatihan");
        LocalDate first = calendar.isWorkingDay(today) ? today : calendar.nextWorkingDay(today);
        SentMessage focus = tapAndAwaitEdit(KASI, days, Dates.longDate(first, Language.ID));
        assertThat(focus.plainText()).contains("Tulis fokus");
        say(KASI, "Pelatihan penyusunan laporan");
        assertThat(jdbc.sql("select status || '/' || kind || '/' || (period_id is null) from coaching_session where employee_id = ?")
                .param(dewi).query(String.class).single()).isEqualTo("PLANNED/PELATIHAN/true");
        telegram.awaitMessageContaining(DEWI, "menjadwalkan Pelatihan", TIMEOUT);

        // planned, its day passed without an outcome: escalated once
        long session = jdbc.sql("select id from coaching_session where employee_id = ?").param(dewi).query(Long.class).single();
        LocalDate overdue = calendar.plusWorkingDays(first, 3);
        assertThat(jobs.planAt(at(overdue, 9, 0))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from outbox_message where dedupe_key = ?")
                .param("coaching-overdue:" + session + ":" + first).query(Integer.class).single()).isOne();
    }

    private void evaluateDewiInTheChat() {
        SentMessage tasks = say(KASI, "/tugas");
        SentMessage card = tapForNewMessage(KASI, tasks, "Dewi Lestari");
        SentMessage behaviour = tapAndAwaitEdit(KASI, card, "Di Bawah Ekspektasi");
        tapAndAwaitEdit(KASI, behaviour, "Sesuai Ekspektasi");
        SentMessage confirm = say(KASI, "Target surat belum tercapai; mari susun rencana perbaikan.");
        assertThat(confirm.plainText()).contains("Predikat: Butuh Perbaikan");
        assertThat(tapAndAwaitEdit(KASI, confirm, "Kirim").plainText()).contains("tersimpan");
    }

    private PersonalDataSection section(long employeeId) {
        return personalData.stream().flatMap(source -> source.about(employeeId).stream())
                .filter(s -> s.name().equals("coaching")).findFirst().orElseThrow();
    }

    private String status(long session) {
        return jdbc.sql("select status from coaching_session where id = ?").param(session).query(String.class).single();
    }

    private CallbackAnswer forge(long user, String data) {
        return telegram.awaitCallbackAnswerFor(telegram.forgeCallbackQuery(user, user, 1, data), TIMEOUT);
    }

    private SentMessage tapForNewMessage(long user, SentMessage message, String label) {
        int before = telegram.messageCount(user);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(user, message, label), TIMEOUT);
        return telegram.awaitMessageCount(user, before + 1, TIMEOUT);
    }

    /** The tick ran "in the future"; the queued messages wait for that moment, which the test brings forward. */
    private void timeReachesTheSlot() {
        jdbc.sql("update outbox_message set not_before = now() where status = 'PENDING'").update();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(calendar.zone()).toInstant();
    }
}
