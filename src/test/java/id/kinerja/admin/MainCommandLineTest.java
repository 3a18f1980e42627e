package id.kinerja.admin;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.AppProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real main in a JVM of its own, with the arguments an operator types. */
class MainCommandLineTest {

    @TempDir
    Path dir;

    record Exit(int code, String output) {}

    @Test
    void a_mistyped_command_is_an_error_with_a_suggestion_and_no_bot_starts() throws Exception {
        Exit exit = main("exprot-recap", "2026-11", "--out", dir.resolve("recap.csv").toString());

        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output().lines().toList()).as("one line").containsExactly("Perintah \"exprot-recap\" tidak "
                + "dikenal. Maksud Anda: export-recap, import-roster, survey-report? Daftar perintah: "
                + "java -jar target/kinerja-bot.jar help");
        assertThat(dir.resolve("data")).doesNotExist(); // not even the database was started
    }

    @Test
    void a_usage_mistake_is_one_line_in_indonesian_by_default_and_in_english_when_chosen() throws Exception {
        String[] unknownOption = {"close-period", "2026-11", "--force"};

        Exit indonesian = main(Map.of(), unknownOption);
        Exit english = main(Map.of("KINERJA_CLI_LANGUAGE", "en"), "open-period", "--code", "2026-12", "--kind", "MONTHLY");
        Exit badKind = main(Map.of("KINERJA_CLI_LANGUAGE", "EN"), "open-period", "--code", "2026-12", "--kind", "WEEKLY",
                "--start", "2026-12-01", "--end", "2026-12-31", "--due", "2027-01-05");

        assertThat(indonesian.code()).as(indonesian.output()).isEqualTo(2);
        assertThat(indonesian.output().lines().toList()).containsExactly("close-period: \"--force\" tidak dikenal. "
                + "Lihat: java -jar target/kinerja-bot.jar close-period --help");
        assertThat(english.code()).as(english.output()).isEqualTo(2);
        assertThat(english.output().lines().toList()).containsExactly("open-period: missing --start, --end, --due. "
                + "See: java -jar target/kinerja-bot.jar open-period --help");
        assertThat(badKind.code()).as(badKind.output()).isEqualTo(2);
        assertThat(badKind.output().lines().toList()).containsExactly("open-period: \"WEEKLY\" is not a valid value "
                + "for --kind. Choices: MONTHLY, QUARTERLY, ANNUAL. See: java -jar target/kinerja-bot.jar open-period --help");
    }

    @Test
    void an_unknown_language_is_one_line_and_nothing_runs() throws Exception {
        Exit exit = main(Map.of("KINERJA_CLI_LANGUAGE", "fr"), "grant-admin", "199004042015042002");

        assertThat(exit.code()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output().lines().toList()).containsExactly("KINERJA_CLI_LANGUAGE=\"fr\" tidak dikenal: isi id "
                + "(Bahasa Indonesia) atau en (English), atau kosongkan (id).");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void version_prints_the_project_version_and_exits_zero() throws Exception {
        Exit exit = main("--version");

        assertThat(exit.code()).as(exit.output()).isZero();
        assertThat(exit.output().strip()).matches("Kinerja Bot \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    private Exit main(String... args) throws IOException, InterruptedException {
        return main(Map.of(), args);
    }

    private Exit main(Map<String, String> variables, String... args) throws IOException, InterruptedException {
        Path argFile = dir.resolve("java.args");
        Files.write(argFile, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                "\"" + System.getProperty("java.class.path") + "\""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString()), "@" + argFile, AppProcess.MAIN_CLASS));
        command.addAll(List.of(args));
        Path output = dir.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("SPRING_")
                || key.startsWith("KINERJA_") || key.equals("SERVER_PORT"));
        // what a running bot has: were the command taken for a bot start, it would start and keep running
        env.put("TELEGRAM_BOT_TOKEN", "123456:TEST");
        env.put("TELEGRAM_API_URL", "http://127.0.0.1:" + AppProcess.freePort());
        env.put("KINERJA_DATA_DIR", dir.resolve("data").toString());
        env.put("SERVER_PORT", String.valueOf(AppProcess.freePort()));
        env.putAll(variables);
        Process process = builder.start();
        try {
            boolean ended = process.waitFor(60, TimeUnit.SECONDS);
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended).as("the process should have ended; output:\n" + text).isTrue();
            return new Exit(process.exitValue(), text);
        } finally {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
