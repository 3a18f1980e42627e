package id.kinerja.appraisal;

import java.util.Locale;
import java.util.Optional;

/** Whether a bigger realisation is better (documents processed) or worse (complaint resolution time). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Accepts HIGHER_IS_BETTER / LOWER_IS_BETTER and the short forms higher, lower, up, down. */
    public static Optional<Direction> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "HIGHER_IS_BETTER", "HIGHER", "UP", "MAX" -> Optional.of(HIGHER_IS_BETTER);
            case "LOWER_IS_BETTER", "LOWER", "DOWN", "MIN" -> Optional.of(LOWER_IS_BETTER);
            default -> Optional.empty();
        };
    }
}
