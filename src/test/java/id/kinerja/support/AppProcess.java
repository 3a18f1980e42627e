package id.kinerja.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM, started the way an operator starts it (main class, environment variables,
 * command-line properties), so a test can run several instances side by side and kill one with SIGKILL. It runs
 * on this test JVM's classpath with {@code -Xmx256m}; its output goes to {@code target/reliability/<name>-*.log}.
 * Every process still alive when the test JVM exits is killed by a shutdown hook.
 */
public final class AppProcess implements AutoCloseable {

    public static final String MAIN_CLASS = "id.kinerja.admin.Main";
    private static final Path LOG_DIRECTORY = Path.of("target", "reliability");
    private static final Set<AppProcess> LIVE = ConcurrentHashMap.newKeySet();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(app -> app.process.destroyForcibly()),
                "app-process-cleanup"));
    }

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** A new instance description; nothing runs until {@link Builder#start()}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return log;
    }

    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** The last lines of the output, for failure messages. */
    public String logTail(int lines) {
        List<String> all = log().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /**
     * Waits until /actuator/health answers UP. Fails at once, with the end of the log, if the process exits, and
     * after {@code timeout} otherwise.
     */
    public AppProcess awaitHealthy(Duration timeout) {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250))
                    .until(() -> health().map(body -> body.contains("\"status\":\"UP\"")).orElse(false));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " not healthy after " + timeout + "; health: " + health().orElse("-")
                    + "\n--- " + log + " ---\n" + logTail(60), e);
        }
        return this;
    }

    /** The body of /actuator/health (whatever its status), or empty while nothing answers on the port. */
    public java.util.Optional<String> health() {
        requireAlive();
        return get("/actuator/health").map(HttpResponse::body);
    }

    /** GET on the instance; empty when the connection fails. */
    public java.util.Optional<HttpResponse<String>> get(String path) {
        try {
            return java.util.Optional.of(HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST on the instance, with optional headers (name, value, name, value, ...). */
    public HttpResponse<String> post(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(name + " did not answer POST " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void requireAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue() + "\n--- " + log
                    + " ---\n" + logTail(80));
        }
    }

    /** SIGKILL: no shutdown hook, no lifecycle stop, nothing released. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
        LIVE.remove(this);
    }

    /** SIGTERM and wait for the graceful shutdown; SIGKILL if it takes longer than 30 s. */
    public void stop() {
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            process.destroyForcibly();
            waitForExit(Duration.ofSeconds(10));
        }
        LIVE.remove(this);
    }

    /** Waits for the process to end by itself: its exit code, or empty if it still runs after {@code timeout}. */
    public java.util.OptionalInt awaitExit(Duration timeout) {
        if (!waitForExit(timeout)) {
            return java.util.OptionalInt.empty();
        }
        LIVE.remove(this);
        return java.util.OptionalInt.of(process.exitValue());
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
        LIVE.remove(this);
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + ", port " + port + ")";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to start: environment variables as in production, plus command-line properties. */
    public static final class Builder {

        private final String name;
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private int port = freePort();

        private Builder(String name) {
            this.name = name;
            // no quiet hours: outbox messages go out whatever the hour of the test run
            properties.put("kinerja.calendar.quiet-start", "00:00");
            properties.put("kinerja.calendar.quiet-end", "00:00");
            properties.put("spring.quartz.auto-startup", "false");
            // the test classpath registers TestDatabaseInitializer, which would point the process at a test database
            properties.put("kinerja.test.own-database", "true");
        }

        /** TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL. */
        public Builder telegram(String token, String apiUrl) {
            env.put("TELEGRAM_BOT_TOKEN", token);
            env.put("TELEGRAM_API_URL", apiUrl);
            return this;
        }

        /** SPRING_DATASOURCE_URL, _USERNAME and _PASSWORD. */
        public Builder database(String jdbcUrl, String username, String password) {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl);
            env.put("SPRING_DATASOURCE_USERNAME", username);
            env.put("SPRING_DATASOURCE_PASSWORD", password);
            return this;
        }

        public Builder polling() {
            env.put("TELEGRAM_MODE", "polling");
            return this;
        }

        /** TELEGRAM_MODE=webhook with TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET. */
        public Builder webhook(String url, String secret) {
            env.put("TELEGRAM_MODE", "webhook");
            env.put("TELEGRAM_WEBHOOK_URL", url);
            env.put("TELEGRAM_WEBHOOK_SECRET", secret);
            return this;
        }

        /** The port SERVER_PORT will be (a free one unless set). */
        public int port() {
            return port;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder quartz(boolean autoStartup) {
            return property("spring.quartz.auto-startup", String.valueOf(autoStartup));
        }

        /** A command-line property, {@code --key=value}. */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        public AppProcess start() {
            try {
                Files.createDirectories(LOG_DIRECTORY);
                String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
                Path log = LOG_DIRECTORY.resolve(name + "-" + stamp + ".log").toAbsolutePath();
                // an argument file: the test classpath can be longer than one command-line argument may be
                Path argFile = LOG_DIRECTORY.resolve(name + "-" + stamp + ".args").toAbsolutePath();
                List<String> args = new ArrayList<>(List.of("-Xmx256m", "-Dsun.net.httpserver.nodelay=true",
                        "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC"));
                args.addAll(jvmOptions);
                args.add("-cp");
                args.add(System.getProperty("java.class.path"));
                Files.write(argFile, args.stream().map(Builder::quoted).toList(), StandardCharsets.UTF_8);

                List<String> command = new ArrayList<>();
                command.add(ProcessHandle.current().info().command().orElse(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
                command.add("@" + argFile);
                command.add(MAIN_CLASS);
                properties.forEach((key, value) -> command.add("--" + key + "=" + value));

                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                Map<String, String> environment = builder.environment();
                environment.keySet().removeIf(key -> key.startsWith("TELEGRAM_") || key.startsWith("SPRING_")
                        || key.startsWith("KINERJA_") || key.equals("SERVER_PORT"));
                environment.putAll(env);
                // files the application keeps (the peer-rating key) go to the tests' temporary data directory
                environment.putIfAbsent("KINERJA_DATA_DIR", TestDatabase.dataDirectory().toString());
                environment.put("SERVER_PORT", String.valueOf(port));
                AppProcess app = new AppProcess(name, port, builder.start(), log);
                LIVE.add(app);
                return app;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start " + name, e);
            }
        }

        private static String quoted(String arg) {
            return "\"" + arg.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
