package id.kinerja.database;

import java.nio.file.Path;

/** The pg_ctl commands of one cluster: start on a port of 127.0.0.1 (no Unix socket), fast stop. */
record PgCtl(Path binDirectory, Path clusterDirectory, RunAs runAs, long timeoutSeconds) {

    static final String HOST = "127.0.0.1";

    Result start(int port, Path logFile) {
        return runAs.run(clusterDirectory, timeoutSeconds + 15, binDirectory.resolve("pg_ctl").toString(), "-D",
                clusterDirectory.toString(), "-w", "-t", String.valueOf(timeoutSeconds), "-o",
                "-p " + port + " -h " + HOST + " -k ''", "-l", logFile.toString(), "start");
    }

    Result stop() {
        return runAs.run(clusterDirectory, timeoutSeconds, binDirectory.resolve("pg_ctl").toString(), "-D",
                clusterDirectory.toString(), "-m", "fast", "-w", "-t", String.valueOf(timeoutSeconds), "stop");
    }
}
