package id.kinerja.appraisal;

import id.kinerja.text.ControlCharacters;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a supervisor's feedback must be, wherever it comes from (typed in the chat or imported):
 * required when either rating is below expectation, at most {@link #MAX_LENGTH} characters, line
 * breaks and tabs allowed but no other control character.
 */
public final class FeedbackRule {

    public static final int MAX_LENGTH = 2000;

    /** What is wrong with a feedback; {@code codePoint} is the refused character for {@code CONTROL_CHARACTER}. */
    public record Problem(Kind kind, int length, int codePoint) {
        public enum Kind { REQUIRED, TOO_LONG, CONTROL_CHARACTER }

        /** The refused character as people read it, e.g. {@code U+0000}. */
        public String character() {
            return ControlCharacters.name(codePoint);
        }
    }

    private FeedbackRule() {}

    public static boolean required(Rating workResult, Rating behaviour) {
        return workResult == Rating.BELOW || behaviour == Rating.BELOW;
    }

    /** The feedback as stored: line breaks as {@code \n}, surrounding blanks stripped, null when empty. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').strip();
        return text.isEmpty() ? null : text;
    }

    /** Why a (normalised) feedback may not go with these ratings; empty when it may. */
    public static Optional<Problem> problem(String feedback, Rating workResult, Rating behaviour) {
        if (feedback == null || feedback.isEmpty()) {
            return required(workResult, behaviour) ? Optional.of(new Problem(Problem.Kind.REQUIRED, 0, 0))
                    : Optional.empty();
        }
        int length = feedback.codePointCount(0, feedback.length());
        if (length > MAX_LENGTH) {
            return Optional.of(new Problem(Problem.Kind.TOO_LONG, length, 0));
        }
        OptionalInt control = ControlCharacters.inText(feedback);
        if (control.isPresent()) {
            return Optional.of(new Problem(Problem.Kind.CONTROL_CHARACTER, length, control.getAsInt()));
        }
        return Optional.empty();
    }
}
