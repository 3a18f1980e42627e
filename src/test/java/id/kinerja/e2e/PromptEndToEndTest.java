package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.SentMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A deadline prompt, queued by the planner, delivered by the outbox, answered inside the chat. */
class PromptEndToEndTest extends EndToEndTest {

    private static final long KASI = 6001;

    @Autowired
    private WorkingCalendar calendar;

    private LocalDate due;
    private String periodName;
    private long kasi;

    @BeforeEach
    void office() {
        long unit = fixtures.unit("Kelurahan Terjun");
        kasi = fixtures.employee("Ahmad Lurah", "Lurah Terjun", unit, null);
        fixtures.employee("Budi Staf", "Pengadministrasi", unit, kasi);
        fixtures.employee("Citra Staf", "Pengolah Data", unit, kasi);
        LocalDate today = LocalDate.now(calendar.zone());
        due = calendar.plusWorkingDays(calendar.nextWorkingDay(today), 10);
        fixtures.period("PRM-1", today.minusDays(20), today.plusDays(2), due, true);
        periodName = monthPeriod(today.minusDays(20), "id-ID");
        telegram.registerUser(KASI, "Ahmad", "id");
        linked(KASI, kasi);
    }

    @Test
    void a_prompt_three_working_days_before_the_deadline_leads_straight_into_an_evaluation() {
        LocalDate promptDay = calendar.minusWorkingDays(due, 3);
        int before = telegram.messageCount(KASI);

        assertThat(reminderJobs().planAt(at(promptDay, 8, 0))).isEqualTo(1);
        assertThat(reminderJobs().planAt(at(promptDay, 10, 0))).as("one prompt per slot").isZero();
        timeReachesTheSlot();

        SentMessage prompt = telegram.awaitMessageCount(KASI, before + 1, TIMEOUT);
        assertThat(prompt.plainText()).contains("Penilaian kinerja periode " + periodName, "belum Anda nilai: 2");
        assertThat(prompt.buttonLabels()).contains("Budi Staf", "Citra Staf", "⏰ Ingatkan besok");

        int beforeCard = telegram.messageCount(KASI);
        telegram.awaitCallbackAnswerFor(telegram.tapButton(KASI, prompt, "Citra Staf"), TIMEOUT);
        SentMessage card = telegram.awaitMessageCount(KASI, beforeCard + 1, TIMEOUT);
        assertThat(card.plainText()).contains("Penilaian kinerja: Citra Staf", "Langkah 1 dari 4");
    }

    @Test
    void remind_me_tomorrow_adds_one_prompt_on_the_next_working_day_and_says_when() {
        LocalDate promptDay = calendar.minusWorkingDays(due, 7);
        reminderJobs().planAt(at(promptDay, 8, 0));
        timeReachesTheSlot();
        SentMessage prompt = telegram.awaitMessageContaining(KASI, "Penilaian kinerja periode " + periodName, TIMEOUT);

        var answer = telegram.awaitCallbackAnswerFor(telegram.tapButton(KASI, prompt, "Ingatkan besok"), TIMEOUT);

        LocalDate tomorrow = calendar.nextWorkingDay(LocalDate.now(calendar.zone()));
        assertThat(answer.text()).startsWith("Baik, saya ingatkan lagi pada ").doesNotContain("<b>");
        assertThat(jdbc.sql("select remind_on from prompt_snooze where supervisor_id = ?").param(kasi)
                .query(LocalDate.class).single()).isEqualTo(tomorrow);
    }

    /** The planner ran "in the future"; the queued prompt waits for that moment, which the test brings forward. */
    private void timeReachesTheSlot() {
        jdbc.sql("update outbox_message set not_before = now() where status = 'PENDING'").update();
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(calendar.zone()).toInstant();
    }
}
