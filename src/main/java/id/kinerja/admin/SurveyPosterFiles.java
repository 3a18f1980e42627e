package id.kinerja.admin;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;

/** What survey-link and survey-links share: the note for an unknown bot, safe file names, atomic writes. */
final class SurveyPosterFiles {

    /** The key of the problem of an unknown bot username in bot-scripts. */
    static final String UNKNOWN_USERNAME = "cli.survey_unknown_username";

    private SurveyPosterFiles() {}

    /**
     * A file-name part made of a–z, 0–9 and single '-': accents dropped, everything else a dash
     * ("Kantor Camat Medan Marelan" → "kantor-camat-medan-marelan"); empty when nothing is left.
     */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * Writes the file through a temporary file in the same folder, so a reader never sees half a poster; the
     * poster ends up readable by everyone (rw-r--r--).
     */
    static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, ".survey-poster", ".png");
        try {
            Files.write(temporary, content);
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // a poster is public (it hangs at the counter): readable like any printed file, unlike the
                // temporary file's owner-only default
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
