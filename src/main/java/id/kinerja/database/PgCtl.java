package id.kinerja.database;

import java.nio.file.Path;
import java.util.List;

/**
 * The only place that builds the command lines run against one cluster: {@code initdb} (SCRAM, the superuser's
 * password from a file, UTF-8, locale C), {@code pg_ctl start} on a port of {@link #HOST} (no Unix socket) and
 * {@code pg_ctl stop} (fast: sessions are cut). Each waits for the server ({@code -w}) at most {@code timeoutSeconds}.
 */
record PgCtl(Path binDirectory, Path clusterDirectory, RunAs runAs, long timeoutSeconds) {

    static final String HOST = "127.0.0.1";
    static final String SUPERUSER = "postgres";

    Result initdb(Path passwordFile) {
        return run(timeoutSeconds, initdbCommand(passwordFile));
    }

    Result start(int port, ServerLog log) {
        return run(timeoutSeconds + 15, startCommand(port, log));
    }

    Result stop() {
        return run(timeoutSeconds, stopCommand());
    }

    List<String> initdbCommand(Path passwordFile) {
        return List.of(binary("initdb"), "-A", "scram-sha-256", "--pwfile=" + passwordFile, "-U", SUPERUSER, "-D",
                clusterDirectory.toString(), "-E", "UTF8", "--locale=C");
    }

    List<String> startCommand(int port, ServerLog log) {
        return List.of(binary("pg_ctl"), "-D", clusterDirectory.toString(), "-w", "-t", String.valueOf(timeoutSeconds),
                "-o", "-p " + port + " -h " + HOST + " -k ''", "-l", log.file().toString(), "start");
    }

    List<String> stopCommand() {
        return List.of(binary("pg_ctl"), "-D", clusterDirectory.toString(), "-m", "fast", "-w", "-t",
                String.valueOf(timeoutSeconds), "stop");
    }

    private String binary(String name) {
        return binDirectory.resolve(name).toString();
    }

    private Result run(long processTimeoutSeconds, List<String> command) {
        return runAs.run(clusterDirectory, processTimeoutSeconds, command.toArray(String[]::new));
    }
}
