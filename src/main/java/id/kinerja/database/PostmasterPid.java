package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The cluster's postmaster.pid: whether a live postmaster serves it, and on which port. */
final class PostmasterPid {

    private PostmasterPid() {}

    /** Port of the live postmaster serving {@code clusterDir}, or null (deleting a stale pid file). */
    static Integer runningServerPort(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid = -1;
        int port = -1;
        try {
            pid = Long.parseLong(lines.get(0).trim());
            port = Integer.parseInt(lines.get(3).trim());
        }
        catch (RuntimeException ex) {
            // empty or truncated: written by a postmaster that died while starting
        }
        if (pid > 0 && port > 0 && isPostgresProcess(pid)) {
            return port;
        }
        Files.deleteIfExists(pidFile);
        return null;
    }

    /** Alive and really a postgres (a pid in a stale file may have been reused after a reboot). */
    private static boolean isPostgresProcess(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "comm"), StandardCharsets.UTF_8)
                .strip()
                .equals("postgres");
        }
        catch (IOException ex) {
            return true; // alive but not inspectable: let the connection attempt decide
        }
    }
}
