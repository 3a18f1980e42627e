package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.LinkCodes;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.SentMessage;
import id.kinerja.employee.Employees;
import id.kinerja.peer.PeerJobs;
import id.kinerja.reminder.ReminderJobs;
import id.kinerja.support.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application, started as in production, polling the Bot API emulator over HTTP and
 * storing in a real PostgreSQL. Tests talk to the bot as users would and read what they would see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kinerja.telegram.token=" + BotApiEmulator.TOKEN,
                // schedules are driven explicitly by the tests that need them
                "spring.quartz.auto-startup=false",
                // a call that gets no answer is given up (and retried) well within the tests' waits
                "kinerja.telegram.request-timeout=4s",
                // no quiet hours, so outbox messages go out whatever the hour of the test run
                "kinerja.calendar.quiet-start=00:00", "kinerja.calendar.quiet-end=00:00",
                // the survey's offices (SurveyEndToEndTest, IkmEndToEndTest): a kantor camat with two services and
                // two kelurahan, each with its yearly service users; a low daily limit of survey starts
                "kinerja.survey.units[0].unit=Kantor Camat Uji",
                "kinerja.survey.units[0].yearly-users=1000",
                "kinerja.survey.units[0].services[0].key=ahli-waris",
                "kinerja.survey.units[0].services[0].name=Surat Keterangan Ahli Waris",
                "kinerja.survey.units[0].services[0].name-en=Certificate of heirs",
                "kinerja.survey.units[0].services[1].key=sktm",
                "kinerja.survey.units[0].services[1].name=Surat Keterangan Tidak Mampu",
                "kinerja.survey.units[0].services[1].name-en=Certificate of low income",
                "kinerja.survey.units[1].unit=Kelurahan Uji",
                "kinerja.survey.units[1].yearly-users=100",
                "kinerja.survey.units[2].unit=Kelurahan Lain",
                "kinerja.survey.units[2].yearly-users=500",
                "kinerja.survey.starts-per-day=5",
                // DevelopmentEndToEndTest: a PPPK target unlike the PNS one, so the two can be told apart
                "kinerja.development.target-jp.pppk=10"})
public abstract class EndToEndTest {

    protected static final Duration TIMEOUT = Duration.ofSeconds(10);
    protected static final BotApiEmulator telegram = BotApiEmulator.start();

    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected LinkCodes linkCodes;
    @Autowired
    protected Employees employees;

    protected Fixtures fixtures;
    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void telegramServer(DynamicPropertyRegistry registry) {
        registry.add("kinerja.telegram.api-url", telegram::baseUrl);
    }

    @BeforeEach
    void cleanSlate() {
        fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        telegram.reset();
    }

    @AfterEach
    void telegramAcceptedEverything() {
        assertThat(telegram.rejectedCalls()).as("requests the Bot API rejected").isEmpty();
    }

    /** The peer module's scheduled work, run now. */
    protected PeerJobs peerJobs() {
        return new PeerJobs(context);
    }

    /** The reminder tick, run at a chosen moment. */
    protected ReminderJobs reminderJobs() {
        return new ReminderJobs(context);
    }

    protected String codeFor(long employeeId) {
        return linkCodes.issue(employees.byId(employeeId).orElseThrow(), "test");
    }

    /** A private-chat user who types a text and gets the next message from the bot. */
    protected SentMessage say(long userId, String text) {
        int before = telegram.messageCount(userId);
        telegram.sendText(userId, text);
        return telegram.awaitMessageCount(userId, before + 1, TIMEOUT);
    }

    /** Taps a button on a bot message and waits until the bot has changed that message. */
    protected SentMessage tapAndAwaitEdit(long userId, SentMessage message, String label) {
        long update = telegram.tapButton(userId, message, label);
        telegram.awaitCallbackAnswerFor(update, TIMEOUT);
        return telegram.awaitMessage(message.chatId(), m -> m.messageId() == message.messageId()
                && !(m.plainText().equals(message.plainText()) && m.keyboard().equals(message.keyboard())), TIMEOUT);
    }

    protected void linked(long userId, long employeeId) {
        assertThat(say(userId, "/start " + codeFor(employeeId)).plainText()).contains("✅");
    }

    /** How messages name a monthly period starting on that day, e.g. "November 2026" (languageTag "id-ID"). */
    protected static String monthPeriod(java.time.LocalDate start, String languageTag) {
        return java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag(languageTag))
                .format(start);
    }

    protected Long telegramUserOf(long employeeId) {
        return jdbc.sql("select telegram_user_id from employee where id = ?").param(employeeId)
                .query(Long.class).optional().orElse(null);
    }
}
