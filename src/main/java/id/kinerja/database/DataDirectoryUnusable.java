package id.kinerja.database;

import java.nio.file.Path;

/**
 * The embedded database cannot use its data directory ({@code KINERJA_DATA_DIR}): this process cannot create or
 * write it, or the server's user ({@code nobody} when the bot runs as root) cannot reach it or the place its cluster
 * would be kept instead. The message is the technical detail for the log; {@link DataDirectoryFailureAnalyzer}
 * turns it into one sentence with the fix.
 */
public final class DataDirectoryUnusable extends IllegalStateException {

    /** Who cannot use the directory. */
    public enum Reason {
        /** this process (its user) cannot create or write the data directory */
        NOT_WRITABLE,
        /** the server's user cannot enter the data directory nor use the place its cluster would be kept instead */
        SERVER_USER_CANNOT_REACH
    }

    private final Reason reason;
    private final Path directory;

    DataDirectoryUnusable(Reason reason, Path directory, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.directory = directory;
    }

    public Reason reason() {
        return reason;
    }

    /** The directory that could not be used. */
    public Path directory() {
        return directory;
    }
}
