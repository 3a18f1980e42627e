package id.kinerja.bench;

import id.kinerja.KinerjaBotApplication;
import id.kinerja.appraisal.ScoreCards;
import id.kinerja.database.EmbeddedPostgresServer;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutboxProperties;
import id.kinerja.support.TestDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark behind {@code mvn -Pbench verify} (not a test: it asserts nothing about speed, it measures and
 * writes {@code target/bench/report.json} and {@code report.md}). Sizes can be made smaller for a quick look with
 * system properties, e.g. {@code -Dbench.employees=10000 -Dbench.dispatch=500}.
 *
 * <p>{@code -Dbench.only=survey} runs only the survey sections ({@code survey}: citizens answering through the
 * emulator, {@code survey_index}: the IKM views over a million stored responses; see {@link SurveyRun}) against a
 * fresh database with the application started, skipping the echo bot, the score data, the updates, the dispatch and
 * the crash run: a few minutes instead of about ten. Their sizes: {@code -Dbench.survey-citizens=2000},
 * {@code -Dbench.survey-wave=500} (citizens answering at once; 2,000 at once do not fit the emulator in 256 MB),
 * {@code -Dbench.survey-warm-up=200}, {@code -Dbench.survey-responses=1000000},
 * {@code -Dbench.survey-repetitions=50}. In a full run they come last, after the dispatch.
 */
class KinerjaBenchmark {

    private static final long DISPATCH_FIRST_CHAT = 20_000_001L;
    private static final long CRASH_FIRST_CHAT = 30_000_001L;
    private static final long SURVEY_FIRST_CITIZEN = 40_000_001L;

    private final int employees = Integer.getInteger("bench.employees", 100_000);
    private final int users = Integer.getInteger("bench.users", 1_000);
    private final int updates = Integer.getInteger("bench.updates", 5_000);
    private final int warmUp = Integer.getInteger("bench.warm-up", 20_000);
    private final int steadyRate = Integer.getInteger("bench.steady-rate", 200);
    private final int steadySeconds = Integer.getInteger("bench.steady-seconds", 10);
    private final int echoUpdates = Integer.getInteger("bench.echo", 5_000);
    private final int lookups = Integer.getInteger("bench.lookups", 2_000);
    private final int dispatchMessages = Integer.getInteger("bench.dispatch", 10_000);
    private final int crashMessages = Integer.getInteger("bench.crash", 500);
    private final int surveyCitizens = Integer.getInteger("bench.survey-citizens", 2_000);
    private final int surveyWave = Integer.getInteger("bench.survey-wave", 500);
    private final int surveyWarmUp = Integer.getInteger("bench.survey-warm-up", 200);
    private final int surveyResponses = Integer.getInteger("bench.survey-responses", 1_000_000);
    private final int surveyRepetitions = Integer.getInteger("bench.survey-repetitions", 50);
    private final boolean surveyOnly = "survey".equals(System.getProperty("bench.only", "").trim());

    private final Report report = new Report();
    private Map<String, Object> echoProfile = Map.of();

    @Test
    void run() throws Exception {
        long runStarted = System.nanoTime();
        Map<String, Object> machine = report.section("machine");
        machine.put("date", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("load_before", Profile.loadAverage());
        report.section("heap").put("max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        if (!surveyOnly) {
            report.note("Everything runs in this JVM (-Xmx256m) except PostgreSQL (its own embedded server in a fresh "
                    + "directory) and the crash run's child JVMs: the Bot API emulator (HTTP, JDK HttpServer, nodelay), "
                    + "the application (KinerjaBotApplication, polling mode, Quartz off, quiet hours off) and the load.");
            report.note("updates: " + updates + " /skor from " + users + " linked users (round robin) queued at once, "
                    + "after a warm-up of " + Math.max(users, warmUp) + " (the echo bot gets the same); latency = emulator queued the update → the reply reached the emulator; per_s = "
                    + "updates / (first queued → last reply). The emulator's rate limits are off for this part (replies "
                    + "to the users' own messages; the echo bot is measured the same way). Score data: see data.*.");
            report.note("p99_ms_at_200_per_s: " + steadyRate + " /skor per second, evenly spaced, for " + steadySeconds
                    + " s.");
            report.note("echo: TelegramBotsLongPollingApplication + DefaultLongPollingUpdateConsumer + "
                    + "OkHttpTelegramClient answering each text with the same text, no database, on the same emulator "
                    + "and users, before the application starts.");
            report.note("dispatch: " + dispatchMessages + " messages to as many chats queued with Outbox.enqueue (100 "
                    + "per transaction), sent by the application's dispatcher with its default settings while the "
                    + "emulator enforces 30/s overall and 1/s per chat (429 with retry_after); achieved_per_s = "
                    + "delivered / (start of queueing → last message); duplicates and lost counted per chat.");
            report.note("crash: " + crashMessages + " messages in a separate database, emulator and child JVM "
                    + "(support.AppProcess, default outbox settings incl. the 2 min lease); SIGKILL once half reached "
                    + "the emulator, then a second child finishes: rows leased but not yet handed to Telegram are sent "
                    + "after the lease, rows in flight at the kill become UNCONFIRMED (at most once). It runs before the "
                    + "dispatch part, not beside it.");
            report.note("score_query: ScoreCards.latestFor (what /skor reads: period, evaluation, indicators, trend) for "
                    + "random employees, single thread, after 500 warm-up lookups.");
            report.note("profile.*: CPU from /proc (machine, this JVM per thread name, the benchmark's PostgreSQL "
                    + "processes) and 20 ms stack samples of the update lanes; 'the rest' of the machine CPU is other "
                    + "processes on the host.");
        }
        Path dataDir = TestDatabase.freshDirectory();
        try (EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(dataDir, true);
             BotApiEmulator telegram = BotApiEmulator.start()) {
            long postmaster = postmasterPid(postgres);
            if (surveyOnly) {
                try (ConfigurableApplicationContext app = startApplication(postgres, telegram, dataDir)) {
                    survey(app, telegram);
                }
            } else {
                everything(postgres, telegram, dataDir, postmaster);
            }
        }
        long rss = residentMegabytes();
        report.json.put("rss_mb", rss);
        machine.put("load_after", Profile.loadAverage());
        machine.put("benchmark_seconds", Math.round((System.nanoTime() - runStarted) / 1e9));
        report.write(Path.of("target", "bench"));
    }

    private void everything(EmbeddedPostgresServer postgres, BotApiEmulator telegram, Path dataDir, long postmaster)
            throws Exception {
        telegram.registerUsers(ScoreData.FIRST_TELEGRAM_USER, users, "id");
        UpdateLoad load = new UpdateLoad(telegram, ScoreData.FIRST_TELEGRAM_USER, users);

        UpdateLoad.Result echo = echo(telegram, load, postmaster);
        telegram.reset();

        try (ConfigurableApplicationContext app = startApplication(postgres, telegram, dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
            loadScoreData(new ScoreData(jdbc, transaction));
            scoreQueries(app.getBean(ScoreCards.class));
            updates(app, telegram, load, echo, postmaster);
            if (!Boolean.getBoolean("bench.skip-outbox")) { // only to iterate on the update numbers
                dispatchAndCrash(app, telegram, postgres, dataDir);
            }
            telegram.reset();
            survey(app, telegram);
        }
    }

    // ------------------------------------------------------------------ phases

    private UpdateLoad.Result echo(BotApiEmulator telegram, UpdateLoad load, long postmaster) throws Exception {
        try (EchoBot bot = new EchoBot(telegram)) {
            warmUp(telegram, load, "warm-up", "warm-up"); // as long as the bot's
            UpdateLoad.Result echo;
            try (Profile profile = new Profile("update-lane-", postmaster)) {
                echo = load.burst(echoUpdates, "Halo, apa kabar?", "Halo, apa kabar?", Duration.ofSeconds(120));
                echoProfile = profile.result();
            }
            telegram.reset();
            Map<String, Object> section = report.section("echo");
            section.put("per_s", round(echo.perSecond()));
            section.put("p50_ms", round(echo.p50Ms()));
            section.put("p99_ms", round(echo.p99Ms()));
            section.put("updates", echo.updates());
            section.put("failed_sends", bot.failures());
            return echo;
        }
    }

    private void loadScoreData(ScoreData data) {
        long started = System.nanoTime();
        data.load(employees);
        data.link(users);
        Map<String, Object> section = report.section("data");
        section.put("employees", data.rows("employee"));
        section.put("periods", data.rows("appraisal_period"));
        section.put("evaluations", data.rows("evaluation"));
        section.put("indicators", data.rows("indicator"));
        section.put("linked_users", users);
        section.put("load_seconds", round((System.nanoTime() - started) / 1e9));
    }

    private void scoreQueries(ScoreCards scoreCards) {
        ScoreQueries.Result result = new ScoreQueries(scoreCards).measure(employees, 500, lookups);
        Map<String, Object> section = report.section("score_query");
        section.put("p50_ms", round(result.p50Ms()));
        section.put("p99_ms", round(result.p99Ms()));
        section.put("max_ms", round(result.maxMs()));
        section.put("lookups", result.lookups());
        section.put("without_score_card", result.empty());
        report.target("score_query.p99_ms", "≤ 20 ms", round(result.p99Ms()) + " ms", result.p99Ms() <= 20,
                "ScoreCards.latestFor runs one statement; p50 " + round(result.p50Ms()) + " ms, max "
                        + round(result.maxMs()) + " ms on " + employees + " employees.");
    }

    private void updates(ConfigurableApplicationContext app, BotApiEmulator telegram, UpdateLoad load,
                         UpdateLoad.Result echo, long postmaster) {
        warmUp(telegram, load, "/skor", "Predikat");
        MeterRegistry meters = app.getBean(MeterRegistry.class);
        Timer handling = meters.find("kinerja.updates").tag("outcome", "ok").timer();
        long countBefore = handling == null ? 0 : handling.count();
        double totalBefore = handling == null ? 0 : handling.totalTime(TimeUnit.MILLISECONDS);

        UpdateLoad.Result burst;
        Map<String, Object> burstProfile;
        try (Profile profile = new Profile("update-lane-", postmaster)) {
            burst = load.burst(updates, "/skor", "Predikat", Duration.ofSeconds(300));
            burstProfile = profile.result();
        }
        telegram.reset(); // the emulator keeps every message in this heap: only what the next phase needs
        handling = meters.find("kinerja.updates").tag("outcome", "ok").timer();
        double handlingMeanMs = handling == null || handling.count() == countBefore ? Double.NaN
                : (handling.totalTime(TimeUnit.MILLISECONDS) - totalBefore) / (handling.count() - countBefore);

        UpdateLoad.Result steady;
        Map<String, Object> steadyProfile;
        try (Profile profile = new Profile("update-lane-", postmaster)) {
            steady = load.steady(steadyRate, Duration.ofSeconds(steadySeconds), "/skor", "Predikat",
                    Duration.ofSeconds(120));
            steadyProfile = profile.result();
        }
        telegram.reset();

        Map<String, Object> section = report.section("updates");
        section.put("per_s", round(burst.perSecond()));
        section.put("p50_ms", round(burst.p50Ms()));
        section.put("p99_ms", round(burst.p99Ms()));
        section.put("max_ms", round(burst.maxMs()));
        section.put("count", burst.updates());
        section.put("users", users);
        section.put("wrong_replies", burst.wrongReplies() + steady.wrongReplies());
        section.put("handling_mean_ms", round(handlingMeanMs));
        section.put("polling_workers", app.getEnvironment().getProperty("kinerja.telegram.polling-workers"));
        section.put("p99_ms_at_200_per_s", round(steady.p99Ms()));
        section.put("steady_offered_per_s", round(steady.offeredPerSecond()));
        section.put("steady_p50_ms", round(steady.p50Ms()));
        section.put("steady_max_ms", round(steady.maxMs()));
        section.put("steady_count", steady.updates());
        double ratio = burst.perSecond() / echo.perSecond();
        section.put("ratio_vs_echo", Math.round(ratio * 100) / 100.0);
        report.section("profile").put("echo", echoProfile);
        report.section("profile").put("updates_saturation", burstProfile);
        report.section("profile").put("updates_steady", steadyProfile);

        String why = saturationBottleneck(burstProfile, handlingMeanMs);
        report.target("updates.per_s", "≥ 1,000/s", round(burst.perSecond()) + "/s", burst.perSecond() >= 1000, why);
        report.target("updates.ratio_vs_echo", "≥ 0.5", String.valueOf(Math.round(ratio * 100) / 100.0),
                ratio >= 0.5, "echo " + round(echo.perSecond()) + "/s. CPU per update: echo "
                        + cpuMsPerUpdate(echoProfile, echo.perSecond()) + " ms (emulator, client, no database), bot "
                        + cpuMsPerUpdate(burstProfile, burst.perSecond()) + " ms, of which its PostgreSQL "
                        + hundredths(number(burstProfile, "postgres_cpu_cores") * 1000 / burst.perSecond())
                        + " ms. Half the echo rate (" + round(echo.perSecond() / 2) + "/s) leaves "
                        + hundredths(2 * 1000 / (echo.perSecond() / 2)) + " ms of the 2 cores per update for "
                        + "everything: the emulator and client work the echo also does, the PostgreSQL work of the "
                        + "transaction every update needs (its update_id recorded with its effects, the account, the "
                        + "score card and peer summary: 3 statements and a commit), the bot's own code and the JIT. "
                        + why);
        report.target("updates.p99_ms_at_200_per_s", "≤ 50 ms", round(steady.p99Ms()) + " ms",
                steady.p99Ms() <= 50, "at " + round(steady.offeredPerSecond()) + "/s offered: p50 "
                        + round(steady.p50Ms()) + " ms, max " + round(steady.maxMs()) + " ms; "
                        + describe(steadyProfile));
    }

    private void dispatchAndCrash(ConfigurableApplicationContext app, BotApiEmulator telegram,
                                  EmbeddedPostgresServer postgres, Path dataDir) throws Exception {
        OutboxProperties outbox = app.getBean(OutboxProperties.class);
        DispatchRun dispatch = new DispatchRun(telegram, app.getBean(Outbox.class),
                app.getBean(TransactionTemplate.class), app.getBean(JdbcClient.class));
        CrashRun crashRun = new CrashRun(postgres.port(), postgres.password(), Files.createDirectories(dataDir.resolve("crash")))
                .prepare(crashMessages, CRASH_FIRST_CHAT);
        // first, in its own database, emulator and JVM: the crash run (its JVMs starting would otherwise
        // take the CPU from the dispatch being measured on this 2-core machine)
        CrashRun.Result crash = crashRun.run(crashMessages, CRASH_FIRST_CHAT, Duration.ofMinutes(8));
        Map<String, Object> crashSection = report.section("crash");
        crashSection.put("messages", crash.messages());
        crashSection.put("sent_before_kill", crash.deliveredBeforeKill());
        crashSection.put("delivered", crash.deliveries().delivered());
        crashSection.put("duplicates", crash.deliveries().duplicates());
        crashSection.put("lost", crash.deliveries().lost());
        crashSection.put("not_finished", crash.notFinished());
        crashSection.put("unconfirmed", crash.unconfirmed());
        crashSection.put("unconfirmed_arrived", crash.unconfirmedArrived());
        crashSection.put("http_429", crash.http429());
        crashSection.put("seconds", round(crash.seconds()));
        crashSection.put("duplicates_first_sent_ms_before_kill", crash.duplicatesSentBeforeKillMs());
        report.target("crash.duplicates", "0", String.valueOf(crash.deliveries().duplicates()),
                crash.deliveries().duplicates() == 0, "the duplicated messages reached the emulator "
                        + crash.duplicatesSentBeforeKillMs() + " ms before the SIGKILL.");
        report.target("crash.lost", "0", String.valueOf(crash.deliveries().lost()), crash.deliveries().lost() == 0,
                crash.notFinished() + " rows still pending/leased at the end; " + crash.unconfirmed()
                        + " rows were in flight at the SIGKILL (UNCONFIRMED, not sent again), "
                        + crash.unconfirmedArrived() + " of them had arrived. A request committed as attempted but not "
                        + "yet written when the process died cannot arrive, and the Bot API has no idempotency key "
                        + "to tell it from one that did: such a row is counted and logged as UNCONFIRMED.");

        int http429Before = telegram.tooManyRequestsServed();
        long[] started = new long[1];
        Thread queueing = dispatch.start(DISPATCH_FIRST_CHAT, dispatchMessages, started);
        double rate = outbox.ratePerSecond();
        Duration timeout = Duration.ofSeconds((long) (dispatchMessages / rate * 2) + 120);
        DispatchRun.Result result = dispatch.finish(queueing, DISPATCH_FIRST_CHAT, dispatchMessages, rate,
                started[0], http429Before, timeout);
        Map<String, Object> section = report.section("dispatch");
        section.put("messages", result.messages());
        section.put("configured_per_s", rate);
        section.put("achieved_per_s", round(result.achievedPerSecond()));
        section.put("efficiency", Math.round(result.efficiency() * 1000) / 1000.0);
        section.put("http_429", result.http429());
        section.put("duplicates", result.deliveries().duplicates());
        section.put("lost", result.deliveries().lost());
        section.put("not_finished", result.notFinished());
        section.put("seconds", round(result.seconds()));
        section.put("first_send_after_s", Math.round(result.deliveries().firstSendSeconds(started[0]) * 1000) / 1000.0);
        section.put("pauses_s", round(result.deliveries().pauseSeconds(1 / rate)));
        section.put("longest_pauses", result.deliveries().longestPauses(8));
        report.target("dispatch.efficiency", "≥ 0.95", String.valueOf(section.get("efficiency")),
                result.efficiency() >= 0.95, "achieved " + round(result.achievedPerSecond()) + "/s of " + rate
                        + "/s configured over " + round(result.seconds()) + " s; first send after "
                        + section.get("first_send_after_s") + " s; " + section.get("pauses_s")
                        + " s lost in pauses longer than two send intervals.");
        report.target("dispatch.http_429", "0", String.valueOf(result.http429()), result.http429() == 0,
                "the emulator's sliding windows (30/s overall, 1/s per chat) were exceeded.");
        report.target("dispatch.duplicates", "0", String.valueOf(result.deliveries().duplicates()),
                result.deliveries().duplicates() == 0, "some chats received a message twice.");
        report.target("dispatch.lost", "0", String.valueOf(result.deliveries().lost()),
                result.deliveries().lost() == 0, result.notFinished() + " rows still pending/leased at the timeout.");
    }

    private void survey(ConfigurableApplicationContext app, BotApiEmulator telegram) {
        report.note("survey: " + surveyCitizens + " citizens open one unit's survey (/start with its QR payload) and "
                + "answer it, " + Math.min(surveyWave, surveyCitizens) + " at once (waves one after the other, the "
                + "emulator reset between: it keeps every call in this heap), in rounds as SurveyLoadEndToEndTest "
                + "does: all of a wave tap one step at about the same time (4 "
                + "profile steps skipped, 9 elements, the suggestion skipped), then the driver waits for every card's "
                + "edit; after a warm-up of " + surveyWarmUp + " citizens on another unit, forgotten. per_s = completed "
                + "surveys / (first /start queued → last thanks edit recorded, resets between waves included; "
                + "_within_waves: over the waves' own time); answer latency = tap queued → the "
                + "emulator recorded the card's editMessageText (so with " + Math.min(surveyWave, surveyCitizens)
                + " taps queued at once "
                + "it includes waiting behind the others of the round); start latency = /start queued → the card "
                + "arrived. Then the ballot job's step (SurveyJobs.writePendingBallots) writes the sealed surveys.");
        report.note("survey_index: " + surveyResponses + " responses for " + SurveyRun.YEAR + " generated by SQL "
                + "(generate_series, nothing through the JVM heap) over " + SurveyRun.UNITS + " units, "
                + SurveyRun.SERVICES.length + " services and 365 days, 9 answers each, tallies summed from the stored "
                + "answers (as the application's upserts leave them); then each SurveyIndex view " + surveyRepetitions
                + " times after 5 warm-up calls, single thread; from_answers_ms: the office's yearly IKM computed "
                + "from survey_answer joined to survey_response (what the index would cost without the tallies), "
                + "3 runs.");
        SurveyRun run = new SurveyRun(telegram, app).createUnits();
        Duration round = Duration.ofSeconds(120);
        if (surveyWarmUp > 0) {
            run.warmUp(surveyWarmUp, round);
        }
        SurveyRun.CitizenResult c = run.citizens(SURVEY_FIRST_CITIZEN, surveyCitizens, surveyWave, round);
        Map<String, Object> section = report.section("survey");
        section.put("citizens", c.citizens());
        section.put("at_once", Math.min(surveyWave, surveyCitizens));
        section.put("waves", c.waves());
        section.put("completed_per_s", round(c.surveysPerSecond()));
        section.put("seconds", round(c.seconds()));
        section.put("completed_per_s_within_waves", round(c.surveysPerWaveSecond()));
        section.put("answers", c.answers());
        section.put("answer_p50_ms", round(c.p50Ms()));
        section.put("answer_p99_ms", round(c.p99Ms()));
        section.put("answer_max_ms", round(c.maxMs()));
        section.put("start_p50_ms", round(c.startP50Ms()));
        section.put("start_p99_ms", round(c.startP99Ms()));
        section.put("not_thanked", c.notThanked());
        section.put("callback_answers_rejected", c.rejectedCallbackAnswers());
        section.put("ballots_written", c.ballotsWritten());
        section.put("ballot_write_seconds", Math.round(c.ballotSeconds() * 100) / 100.0);
        section.put("responses_stored", c.responsesStored());
        section.put("answers_stored", c.answersStored());
        section.put("ballots_written_equals_citizens", c.ballotsWritten() == c.citizens()
                && c.responsesStored() == c.citizens());

        SurveyRun.IndexResult ix = run.index(surveyResponses, surveyRepetitions);
        Map<String, Object> index = report.section("survey_index");
        index.put("responses", ix.responses());
        index.put("answers", ix.answers());
        index.put("tally_rows", ix.tallyRows());
        index.put("load_seconds", round(ix.loadSeconds()));
        for (SurveyRun.QueryTiming q : ix.queries()) {
            index.put(q.name(), SurveyRun.timings(q));
        }
        index.put("office_year_from_answers_ms", ix.fromAnswersMs());
        index.put("office_year_ikm", ix.officeIkm());
        index.put("from_answers_same_ikm", ix.sameIkm());
    }

    // ------------------------------------------------------------------ helpers

    /**
     * JIT, connections, caches: every user at least once, {@code bench.warm-up} updates in all, in bursts the
     * emulator forgets afterwards (it keeps every message in this 256 MB heap).
     */
    private void warmUp(BotApiEmulator telegram, UpdateLoad load, String text, String expectedInReply) {
        int left = Math.max(users, warmUp);
        while (left > 0) {
            int burst = Math.min(left, Math.max(users, 5_000));
            load.burst(burst, text, expectedInReply, Duration.ofSeconds(300));
            telegram.reset();
            left -= burst;
        }
    }

    /** CPU milliseconds (this JVM and the benchmark's PostgreSQL) spent per update during a phase. */
    private static double cpuMsPerUpdate(Map<String, Object> profile, double perSecond) {
        return hundredths((number(profile, "jvm_cpu_cores") + number(profile, "postgres_cpu_cores")) * 1000
                / perSecond);
    }

    private static double hundredths(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double number(Map<String, Object> profile, String key) {
        return profile.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static String saturationBottleneck(Map<String, Object> profile, double handlingMeanMs) {
        return "mean handling time in the bot (transaction + reply) " + round(handlingMeanMs) + " ms per update; "
                + describe(profile);
    }

    private static String describe(Map<String, Object> profile) {
        return "machine CPU " + profile.get("machine_cpu_busy_pct") + "% busy (benchmark JVM "
                + profile.get("jvm_cpu_cores") + " cores, its PostgreSQL " + profile.get("postgres_cpu_cores")
                + " cores, the rest other processes); update lanes' time: " + profile.get("lane_time_pct")
                + "; hottest own frames: " + profile.get("lane_hot_frames_pct") + ".";
    }

    private ConfigurableApplicationContext startApplication(EmbeddedPostgresServer postgres, BotApiEmulator telegram,
                                                            Path dataDir) {
        // command-line arguments: they win over config/application.yml and the environment
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "--spring.datasource.url=" + postgres.jdbcUrl(),
                "--spring.datasource.username=" + postgres.username(),
                "--spring.datasource.password=" + postgres.password(),
                "--kinerja.test.own-database=true",
                "--kinerja.data-dir=" + dataDir.resolve("app"),
                "--kinerja.telegram.enabled=true",
                "--kinerja.telegram.mode=polling",
                "--kinerja.telegram.token=" + telegram.token(),
                "--kinerja.telegram.api-url=" + telegram.baseUrl(),
                "--spring.quartz.auto-startup=false",
                "--kinerja.calendar.quiet-start=00:00",
                "--kinerja.calendar.quiet-end=00:00",
                "--server.port=0"));
        String extra = System.getProperty("bench.app-args", ""); // e.g. kinerja.telegram.polling-workers=16
        for (String arg : extra.split(",")) {
            if (!arg.isBlank()) {
                args.add("--" + arg.trim());
                report.note("Application setting changed for this run: " + arg.trim());
            }
        }
        return new SpringApplicationBuilder(KinerjaBotApplication.class).run(args.toArray(String[]::new));
    }

    private static long postmasterPid(EmbeddedPostgresServer postgres) {
        try {
            return Long.parseLong(Files.readAllLines(postgres.clusterDirectory().resolve("postmaster.pid")).get(0)
                    .trim());
        } catch (Exception e) {
            return -1;
        }
    }

    private static long residentMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
