package id.kinerja.reminder;

import static id.kinerja.reminder.Office.ANI_CHAT;
import static id.kinerja.reminder.Office.CAMAT_CHAT;
import static id.kinerja.reminder.Office.DEWI_CHAT;
import static id.kinerja.reminder.Office.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.KinerjaBotApplication;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class ReminderPlannerIntegrationTest {

    private static final String[] CONTEXT_PROPERTIES = {"kinerja.telegram.enabled=false",
            "spring.main.web-application-type=none", "spring.quartz.auto-startup=false"};

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private ReminderPlanner planner;
    @Autowired
    private Snoozing snoozing;
    @Autowired
    private Texts texts;

    /** planAt every hour of every day, plus 07:59, the way a tick would (only more often). */
    private void simulate(String from, String to) {
        for (LocalDate day = LocalDate.parse(from); !day.isAfter(LocalDate.parse(to)); day = day.plusDays(1)) {
            for (int hour = 0; hour < 24; hour++) {
                if (hour == 8) {
                    planner.planAt(at(day.toString(), 7, 59));
                }
                planner.planAt(at(day.toString(), hour, 0));
            }
        }
    }

    private List<String> slots() {
        return Office.queued(jdbc).stream().map(Office.Queued::slot).toList();
    }

    private Office.Queued message(String kind, long chatId, String date) {
        return Office.queued(jdbc).stream()
                .filter(q -> q.kind().equals(kind) && q.chatId() == chatId && q.localDate().equals(date))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " to " + chatId + " on " + date));
    }

    private static List<String> buttonData(Office.Queued message) throws Exception {
        if (message.keyboard() == null) {
            return List.of();
        }
        List<List<Map<String, String>>> rows = new ObjectMapper().readValue(message.keyboard(), new TypeReference<>() {});
        return rows.stream().flatMap(List::stream).map(button -> button.get("data")).toList();
    }

    private static List<String> at0800(String kind, String... dates) {
        List<String> slots = new ArrayList<>();
        for (String date : dates) {
            for (long chat : new long[] {CAMAT_CHAT, ANI_CHAT, DEWI_CHAT}) {
                slots.add(kind + " " + chat + " " + date + " 08:00");
            }
        }
        return slots;
    }

    @Test
    void a_whole_period_due_monday_7_december() throws Exception {
        Office office = new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));

        simulate("2026-11-24", "2026-12-13");

        List<String> expected = new ArrayList<>();
        expected.addAll(at0800("REMINDER", "2026-11-26", "2026-12-02", "2026-12-04", "2026-12-07"));
        expected.addAll(at0800("OVERDUE", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"));
        expected.add("ESCALATION " + CAMAT_CHAT + " 2026-12-09 08:00");
        assertThat(slots()).containsExactlyInAnyOrderElementsOf(expected);

        Office.Queued first = message("REMINDER", ANI_CHAT, "2026-11-26");
        assertThat(first.key()).isEqualTo("prompt:2026-11:" + office.ani + ":2026-11-26");
        assertThat(first.html()).contains("<b>2</b>", "Senin, 7 Desember 2026", "7 hari kerja lagi");
        assertThat(buttonData(first)).containsExactly("ev:" + office.agus + ":" + office.periodId,
                "ev:" + office.asih + ":" + office.periodId, "snz:" + office.periodId);
        assertThat(message("REMINDER", ANI_CHAT, "2026-12-04").html()).contains("1 hari kerja lagi");
        assertThat(buttonData(message("REMINDER", ANI_CHAT, "2026-12-04"))).contains("snz:" + office.periodId);

        Office.Queued dueDay = message("REMINDER", ANI_CHAT, "2026-12-07");
        assertThat(dueDay.html()).contains("hari ini hari kerja terakhir");
        assertThat(buttonData(dueDay)).hasSize(2).noneMatch(data -> data.startsWith("snz:"));

        Office.Queued english = message("REMINDER", DEWI_CHAT, "2026-12-02");
        assertThat(english.html()).contains("<b>10</b>", "Monday, 7 December 2026", "3 working days left",
                "2 more: type /tasks");
        assertThat(buttonData(english)).hasSize(9).last().isEqualTo("snz:" + office.periodId);
        assertThat(english.keyboard()).contains("Staf Umum 08").doesNotContain("Staf Umum 09");

        Office.Queued overdue = message("OVERDUE", ANI_CHAT, "2026-12-10");
        assertThat(overdue.key()).isEqualTo("prompt:2026-11:" + office.ani + ":2026-12-10");
        assertThat(overdue.html()).contains("terlambat <b>3 hari kerja</b>", "Senin, 7 Desember 2026");
        assertThat(buttonData(overdue)).noneMatch(data -> data.startsWith("snz:"));
        assertThat(message("OVERDUE", DEWI_CHAT, "2026-12-08").html()).contains("<b>1 working day</b> overdue");

        Office.Queued escalation = message("ESCALATION", CAMAT_CHAT, "2026-12-09");
        assertThat(escalation.key()).isEqualTo("escalation:2026-11:" + office.camat + ":2026-12-09");
        assertThat(escalation.html())
                .contains("<b>Ani Kasi Pemerintahan</b> (Kasi Pemerintahan) — terlambat 2 hari kerja; 2 belum dinilai: Agus Staf, Asih Staf")
                .contains("<b>Cici &lt;Kasi&gt; PMD</b> (Kasi PMD) — terlambat 2 hari kerja; 1 belum dinilai: Citra Staf")
                .contains("<b>Dewi Kasubbag Umum</b>", "10 belum dinilai")
                .doesNotContain("Budi");
    }

    @Test
    void a_period_due_the_day_after_independence_day_skips_holidays() {
        new Office(jdbc, "2026-07", LocalDate.parse("2026-08-18"));

        simulate("2026-08-03", "2026-08-25");

        List<String> expected = new ArrayList<>();
        expected.addAll(at0800("REMINDER", "2026-08-06", "2026-08-12", "2026-08-14", "2026-08-18"));
        expected.addAll(at0800("OVERDUE", "2026-08-19", "2026-08-20", "2026-08-21", "2026-08-24"));
        expected.add("ESCALATION " + CAMAT_CHAT + " 2026-08-20 08:00");
        assertThat(slots()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(message("REMINDER", ANI_CHAT, "2026-08-14").html()).contains("Selasa, 18 Agustus 2026",
                "1 hari kerja lagi");
    }

    @Test
    void a_prompt_missed_in_the_morning_goes_out_later_that_day_but_a_missed_day_is_never_caught_up() {
        Office office = new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));

        assertThat(planner.planAt(at("2026-11-26", 14, 0))).isEqualTo(3);
        assertThat(planner.planAt(at("2026-11-26", 14, 5))).isZero();
        assertThat(planner.planAt(at("2026-11-26", 18, 0))).isZero();
        assertThat(slots()).containsExactlyInAnyOrder("REMINDER " + CAMAT_CHAT + " 2026-11-26 14:00",
                "REMINDER " + ANI_CHAT + " 2026-11-26 14:00", "REMINDER " + DEWI_CHAT + " 2026-11-26 14:00");

        // the bot is down all of Wednesday 2 December (D-3), back on Thursday
        simulate("2026-12-03", "2026-12-03");
        assertThat(planner.planAt(at("2026-12-04", 9, 30))).isEqualTo(3);

        assertThat(Office.queued(jdbc)).extracting(Office.Queued::localDate)
                .containsOnly("2026-11-26", "2026-12-04");
        assertThat(Office.queued(jdbc)).extracting(Office.Queued::key)
                .contains("prompt:2026-11:" + office.ani + ":2026-12-04")
                .noneMatch(key -> key.endsWith("2026-12-02") || key.endsWith("2026-12-03"));
    }

    @Test
    void snoozing_gives_one_more_prompt_on_the_next_working_day_but_never_past_the_deadline() {
        Office office = new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));
        planner.planAt(at("2026-11-26", 8, 0));

        SnoozeResult snoozed = snoozing.snooze(office.ani, office.periodId, at("2026-11-26", 10, 30));
        assertThat(snoozed.snoozed()).isTrue();
        assertThat(snoozed.remindOn()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(snoozed.message(texts, Language.ID)).contains("Jumat, 27 November 2026");
        assertThat(snoozed.message(texts, Language.EN)).contains("Friday, 27 November 2026");

        simulate("2026-11-26", "2026-12-01");

        List<String> expected = new ArrayList<>(at0800("REMINDER", "2026-11-26"));
        expected.add("SNOOZED " + ANI_CHAT + " 2026-11-27 08:00");
        assertThat(slots()).containsExactlyInAnyOrderElementsOf(expected);
        Office.Queued extra = message("SNOOZED", ANI_CHAT, "2026-11-27");
        assertThat(extra.key()).isEqualTo("prompt:2026-11:" + office.ani + ":2026-11-27");
        assertThat(extra.html()).contains("6 hari kerja lagi");

        // Friday 4 Dec: the next working day is the deadline itself, which is allowed (and shares its slot)
        assertThat(snoozing.snooze(office.ani, office.periodId, at("2026-12-04", 9, 0)).remindOn())
                .isEqualTo(LocalDate.parse("2026-12-07"));
        simulate("2026-12-04", "2026-12-07");
        assertThat(slots()).filteredOn(slot -> slot.contains(ANI_CHAT + " 2026-12-07"))
                .containsExactly("REMINDER " + ANI_CHAT + " 2026-12-07 08:00");

        SnoozeResult refused = snoozing.snooze(office.ani, office.periodId, at("2026-12-07", 9, 0));
        assertThat(refused.outcome()).isEqualTo(SnoozeResult.Outcome.PAST_DEADLINE);
        assertThat(refused.message(texts, Language.ID)).contains("Senin, 7 Desember 2026");
        assertThat(jdbc.sql("select count(*) from prompt_snooze where remind_on > '2026-12-07'")
                .query(Long.class).single()).isZero();

        jdbc.sql("update appraisal_period set status = 'CLOSED', closed_at = now() where id = ?")
                .param(office.periodId).update();
        SnoozeResult closed = snoozing.snooze(office.ani, office.periodId, at("2026-11-30", 9, 0));
        assertThat(closed.outcome()).isEqualTo(SnoozeResult.Outcome.PERIOD_CLOSED);
        assertThat(closed.message(texts, Language.EN)).contains("closed");
    }

    @Test
    void nothing_is_sent_for_a_closed_period_or_on_a_weekend() {
        Office office = new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));
        assertThat(planner.planAt(at("2026-12-05", 9, 0))).isZero(); // Saturday
        jdbc.sql("update appraisal_period set status = 'CLOSED', closed_at = now() where id = ?")
                .param(office.periodId).update();
        assertThat(planner.planAt(at("2026-12-07", 9, 0))).isZero();
        assertThat(slots()).isEmpty();
    }

    private static int race(ReminderPlanner one, ReminderPlanner other, Instant now) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> a = () -> {
                start.await();
                return one.planAt(now);
            };
            Callable<Integer> b = () -> {
                start.await();
                return other.planAt(now);
            };
            Future<Integer> first = threads.submit(a);
            Future<Integer> second = threads.submit(b);
            return first.get() + second.get();
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void two_planners_racing_queue_each_slot_once() throws Exception {
        new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));
        int queued = 0;
        for (int round = 0; round < 5; round++) {
            queued += race(planner, planner, at("2026-11-26", 8, 0));
            queued += race(planner, planner, at("2026-12-09", 8, 0));
        }
        assertThat(queued).isEqualTo(7);
        assertThat(slots()).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void two_application_instances_racing_queue_each_slot_once() throws Exception {
        new Office(jdbc, "2026-11", LocalDate.parse("2026-12-07"));
        try (ConfigurableApplicationContext one = instance(); ConfigurableApplicationContext two = instance()) {
            int queued = race(one.getBean(ReminderPlanner.class), two.getBean(ReminderPlanner.class),
                    at("2026-12-09", 8, 0));
            queued += race(one.getBean(ReminderPlanner.class), two.getBean(ReminderPlanner.class),
                    at("2026-12-09", 11, 0));
            assertThat(queued).isEqualTo(4);
        }
        List<String> expected = new ArrayList<>(at0800("OVERDUE", "2026-12-09"));
        expected.add("ESCALATION " + CAMAT_CHAT + " 2026-12-09 08:00");
        assertThat(slots()).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static ConfigurableApplicationContext instance() {
        // as command-line arguments: builder "properties" are defaults that application.yml overrides
        return new SpringApplicationBuilder(KinerjaBotApplication.class).web(WebApplicationType.NONE)
                .run(java.util.Arrays.stream(CONTEXT_PROPERTIES).map(p -> "--" + p).toArray(String[]::new));
    }
}
