package id.kinerja.e2e;

import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.digest.WeeklyDigest;
import id.kinerja.playground.emulator.SentMessage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The weekly digest at Monday 08:00 WIB: the HR admin of Kelurahan A and the unit heads each get their own subtree's
 * progress per unit, the late supervisors and who is not linked — once, however often the job runs.
 */
class WeeklyDigestEndToEndTest extends EndToEndTest {

    private static final long HR = 6201;
    private static final long LURAH_A = 6202;
    private static final long STAFF_A = 6203;
    private static final long KEPLING = 6204;
    private static final long LURAH_B = 6205;

    @Autowired
    private WeeklyDigest digest;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private Scheduler scheduler;

    private LocalDate due;
    private LocalDate start;

    @BeforeEach
    void twoKelurahanWithALatePeriod() {
        long kecamatan = fixtures.unit("Kecamatan Uji");
        long unitA = fixtures.unit("Kelurahan A");
        long unitA1 = fixtures.unit("Lingkungan A1");
        long unitB = fixtures.unit("Kelurahan B");
        jdbc.sql("update unit set parent_id = ? where id in (?, ?)").params(kecamatan, unitA, unitB).update();
        jdbc.sql("update unit set parent_id = ? where id = ?").params(unitA, unitA1).update();
        long camat = fixtures.employee("Camat Rahmat", "Camat", kecamatan, null);
        long lurahA = fixtures.employee("Lurah Anwar", "Lurah", unitA, camat);
        long hr = fixtures.employee("Siti Kepegawaian", "Analis SDM", unitA, lurahA);
        long staffA = fixtures.employee("Andi Pelayanan", "Petugas", unitA, lurahA);
        fixtures.employee("Belum Tertaut", "Petugas", unitA, lurahA);
        long kepling = fixtures.employee("Kepling Amir", "Kepala Lingkungan", unitA1, lurahA);
        long lurahB = fixtures.employee("Lurah Budi", "Lurah", unitB, camat);
        fixtures.employee("Bambang Pelayanan", "Petugas", unitB, lurahB);
        jdbc.sql("update employee set is_admin = true, admin_unit_id = ? where id = ?").params(unitA, hr).update();
        due = LocalDate.now(calendar.zone()).minusDays(10);
        start = due.minusDays(30);
        long period = fixtures.period("DIGEST-1", start, due.minusDays(7), due, true);
        fixtures.evaluation(staffA, period, lurahA, MEETS, MEETS, null);
        long[][] people = {{HR, hr}, {LURAH_A, lurahA}, {STAFF_A, staffA}, {KEPLING, kepling}, {LURAH_B, lurahB}};
        for (long[] person : people) {
            telegram.registerUser(person[0], "User" + person[0], "id");
            linked(person[0], person[1]);
        }
    }

    @Test
    void on_monday_at_eight_hr_and_unit_heads_get_their_own_subtree_s_digest_once() {
        Instant monday = lastMondayAtEight();

        assertThat(digest.queueAt(monday)).as("HR of A, the lurah of A, the kepling of A1, the lurah of B").isEqualTo(4);
        assertThat(digest.queueAt(monday.plusSeconds(300))).as("the job running twice").isZero();
        assertThat(digest.queueAt(monday.plusSeconds(26 * 3600))).as("a misfire run the next day").isZero();

        int late = calendar.workingDaysBetween(due, LocalDate.now(calendar.zone()));
        String period = "Periode " + monthPeriod(start, "id-ID");
        for (long user : List.of(HR, LURAH_A)) {
            String text = awaitDigest(user);
            assertThat(text).contains("Ringkasan mingguan", "Kelurahan A", period,
                    "Selesai 1 dari 5 (20%) · belum 0 · terlambat 4",
                    "• Kelurahan A: selesai 1 dari 4, belum 0, terlambat 3",
                    "• Lingkungan A1: selesai 0 dari 1, belum 0, terlambat 1",
                    "• Lurah Anwar (Kelurahan A): 3 pegawai belum dinilai, terlambat " + late + " hari kerja",
                    "Belum menautkan Telegram (perlu kode tautan): 1 orang");
            assertThat(text).doesNotContain("Kelurahan B", "Lurah Budi", "Bambang");
        }
        String kepling = awaitDigest(KEPLING);
        assertThat(kepling).contains("Lingkungan A1", "Selesai 0 dari 1 (0%) · belum 0 · terlambat 1",
                "Belum menautkan Telegram (perlu kode tautan): 0 orang");
        assertThat(kepling).doesNotContain("• Kelurahan A:", "Kelurahan B");
        String lurahB = awaitDigest(LURAH_B);
        assertThat(lurahB).contains("Kelurahan B", "Selesai 0 dari 2 (0%)", "• Kelurahan B: selesai 0 dari 2",
                "• Lurah Budi (Kelurahan B): 1 pegawai belum dinilai",
                "Belum menautkan Telegram (perlu kode tautan): 1 orang");
        assertThat(lurahB).doesNotContain("Kelurahan A", "Anwar", "Andi", "Lingkungan A1");

        await().atMost(TIMEOUT).until(() -> jdbc.sql(
                "select count(*) from outbox_message where kind = 'weekly-digest' and status = 'SENT'").query(Integer.class)
                .single() == 4);
        for (long user : List.of(HR, LURAH_A, KEPLING, LURAH_B)) {
            assertThat(digests(user)).as("user " + user).hasSize(1);
        }
        assertThat(digests(STAFF_A)).as("neither HR nor a unit head").isEmpty();

        assertThat(digest.queueAt(monday.plusSeconds(7 * 24 * 3600 - 60))).as("next Monday 07:59 is still this week")
                .isZero();
        assertThat(digest.queueAt(monday.plusSeconds(7 * 24 * 3600))).as("next Monday 08:00, again once each").isEqualTo(4);
    }

    @Test
    void the_job_is_a_durable_quartz_job_on_monday_at_eight_in_wib() throws Exception {
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("weekly-digest", "kinerja"));
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 8 ? * MON");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Jakarta");
        assertThat(scheduler.getJobDetail(trigger.getJobKey()).isDurable()).isTrue();
    }

    /** Monday 08:00 WIB of this week, or of last week when that is still to come. */
    private Instant lastMondayAtEight() {
        ZonedDateTime now = ZonedDateTime.now(calendar.zone());
        ZonedDateTime monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atTime(LocalTime.of(8, 0)).atZone(calendar.zone());
        return (monday.isAfter(now) ? monday.minusWeeks(1) : monday).toInstant();
    }

    private String awaitDigest(long user) {
        return telegram.awaitMessageContaining(user, "Ringkasan mingguan", TIMEOUT).plainText();
    }

    private List<SentMessage> digests(long user) {
        return telegram.messagesIn(user).stream().filter(m -> m.plainText().contains("Ringkasan mingguan")).toList();
    }
}
