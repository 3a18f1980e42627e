package id.kinerja.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.support.AppProcess;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The real main in a JVM of its own without TELEGRAM_BOT_TOKEN: the playground starts, as the README says. */
class PlaygroundStartTest {

    private static final Duration START = Duration.ofSeconds(120);

    @Test
    void without_a_token_the_program_starts_the_playground_in_its_own_data_directory() throws Exception {
        Path dir = Files.createTempDirectory("kinerja-playground-start",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int port = AppProcess.freePort();
        Path output = dir.resolve("output.txt");
        Path argFile = dir.resolve("java.args");
        Files.write(argFile, List.of("-Xmx320m", "-XX:TieredStopAtLevel=1", "-cp",
                "\"" + System.getProperty("java.class.path") + "\""), StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()), "@" + argFile,
                AppProcess.MAIN_CLASS));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("SPRING_")
                || key.startsWith("KINERJA_") || key.startsWith("SERVER_"));
        // an api-url to the real Telegram would be ignored: the playground talks to its emulator only
        env.put("TELEGRAM_API_URL", "https://api.telegram.org");
        env.put("KINERJA_DATA_DIR", dir.resolve("data").toString());
        // a production database configured: the playground still uses its own embedded one
        env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:1/production");
        env.put("SERVER_PORT", String.valueOf(port));
        Process process = builder.start();
        try {
            String expected = "Playground: open http://127.0.0.1:" + port
                    + "/ in a browser (no Telegram token set; this is a local emulation)";
            long deadline = System.nanoTime() + START.toNanos();
            String text = "";
            while (System.nanoTime() < deadline && process.isAlive() && !text.contains(expected)) {
                Thread.sleep(250);
                text = Files.readString(output, StandardCharsets.UTF_8);
            }
            assertThat(text).as("the start-up log").contains(expected);
            assertThat(text.lines().filter(line -> line.contains(" INFO ") || line.contains(" WARN "))
                    .reduce((first, second) -> second).orElseThrow()).endsWith(expected);

            HttpResponse<String> personas = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/playground/api/personas")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(personas.statusCode()).isEqualTo(200);
            JsonNode list = new ObjectMapper().readTree(personas.body());
            assertThat(list.size()).isEqualTo(6);
            assertThat(list.get(0).path("linked").asBoolean()).isTrue();
            assertThat(dir.resolve("data-playground")).isDirectory();
            assertThat(dir.resolve("data")).doesNotExist();
            assertThat(text).doesNotContain("api.telegram.org");
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
