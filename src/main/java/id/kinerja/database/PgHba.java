package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** The cluster's pg_hba.conf: a SCRAM password for every connection, local or TCP; never {@code trust}. */
final class PgHba {

    static final String FILE = "pg_hba.conf";
    static final String CONTENT = """
            # Written by Kinerja Bot: every connection needs the password in postgres.password of the data directory (scram-sha-256).
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private PgHba() {}

    static void write(Path clusterDir, RunAs runAs) throws IOException {
        Path file = clusterDir.resolve(FILE);
        Files.writeString(file, CONTENT, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        runAs.giveToServerUser(file);
    }

    /** Whether some rule is not SCRAM, e.g. the {@code trust} of a cluster made by an earlier version. */
    static boolean needsRewrite(Path clusterDir) throws IOException {
        Path file = clusterDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .map(line -> line.replaceFirst("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .anyMatch(line -> !line.contains("scram-sha-256"));
    }
}
