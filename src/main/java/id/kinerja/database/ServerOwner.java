package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which process is responsible for stopping the embedded server: {@code postgres.owner} in the data directory
 * names it by pid and start time (a pid alone may be reused after a reboot). A command-line run that attaches
 * while the bot runs leaves the server to the bot; a process that finds the server running with its owner gone
 * (killed with SIGKILL) takes it over and stops it when it ends, so no server is left orphaned.
 */
final class ServerOwner {

    private static final Logger log = LoggerFactory.getLogger(ServerOwner.class);
    private static final String FILE = "postgres.owner";

    private ServerOwner() {
    }

    /** Whether the process that owns the server in this data directory is still running. */
    static boolean isAlive(Path dataDir) {
        try {
            Path file = dataDir.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                return false;
            }
            String[] owner = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+");
            long pid = Long.parseLong(owner[0]);
            Optional<Instant> started = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .flatMap(process -> process.info().startInstant());
            return started.isPresent() && (owner.length < 2 || started.get().toString().equals(owner[1]));
        } catch (IOException | RuntimeException e) {
            log.debug("Cannot read the embedded PostgreSQL owner: {}", e.toString());
            return false;
        }
    }

    /** This process owns the server now. */
    static void claim(Path dataDir) {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("");
        try {
            Files.writeString(dataDir.resolve(FILE), self.pid() + " " + started + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot record the embedded PostgreSQL owner in {}: {}", dataDir, e.toString());
        }
    }

    /** The server was stopped: nobody owns it. */
    static void release(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            log.debug("Cannot remove the embedded PostgreSQL owner file: {}", e.toString());
        }
    }
}
