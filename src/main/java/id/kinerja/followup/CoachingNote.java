package id.kinerja.followup;

import id.kinerja.text.ControlCharacters;
import java.util.Optional;

/** The rule for the agreed focus and the outcome note: free text, not empty, at most {@value #MAX} characters. */
public final class CoachingNote {

    public static final int MAX = 500;

    /** Why a text is refused. */
    public enum Problem { EMPTY, TOO_LONG, HIDDEN_CHARACTER }

    private CoachingNote() {}

    public static Optional<Problem> problem(String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            return Optional.of(Problem.EMPTY);
        }
        if (note.codePointCount(0, note.length()) > MAX) {
            return Optional.of(Problem.TOO_LONG);
        }
        return ControlCharacters.inText(note).isPresent() ? Optional.of(Problem.HIDDEN_CHARACTER) : Optional.empty();
    }

    public static int length(String text) {
        String note = text == null ? "" : text.strip();
        return note.codePointCount(0, note.length());
    }
}
