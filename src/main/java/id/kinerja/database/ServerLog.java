package id.kinerja.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The server log {@code <dataDir>/postgres.log} that {@code pg_ctl start -l} appends to. It is kept bounded across
 * starts: the current one and one previous ({@code postgres.log.1}), each about {@link #ROTATE_BYTES} at most.
 */
record ServerLog(Path file) {

    static final String FILE = "postgres.log";
    /** The server log is set aside as {@code postgres.log.1} at a start once it has grown past this. */
    static final long ROTATE_BYTES = 10L * 1024 * 1024;

    static ServerLog in(Path dataDir) {
        return new ServerLog(dataDir.resolve(FILE));
    }

    Path previous() {
        return file.resolveSibling(file.getFileName() + ".1");
    }

    /** Before a start: sets a log past {@link #ROTATE_BYTES} aside (replacing the previous one) and makes sure one exists. */
    void prepareForStart() throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
            Files.move(file, previous(), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    long size() throws IOException {
        return Files.size(file);
    }

    /** What was written from {@code offset} on, e.g. by a failed start; a note instead if the log cannot be read. */
    String readFrom(long offset) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            int from = (int) Math.min(offset, bytes.length);
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        }
        catch (IOException ex) {
            return "(cannot read " + file + ": " + ex.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
