package id.kinerja.appraisal;

import java.util.Locale;
import java.util.Optional;

/** A supervisor's rating of work results or of behaviour (PermenPAN-RB 6/2022). */
public enum Rating {
    BELOW("Di Bawah Ekspektasi"),
    MEETS("Sesuai Ekspektasi"),
    ABOVE("Di Atas Ekspektasi");

    private final String indonesianLabel;

    Rating(String indonesianLabel) {
        this.indonesianLabel = indonesianLabel;
    }

    /** Accepts the code (BELOW, MEETS, ABOVE) or the Indonesian label, any case. */
    public static Optional<Rating> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.trim().replaceAll("\\s+", " ");
        for (Rating rating : values()) {
            if (rating.name().equalsIgnoreCase(value) || rating.indonesianLabel.equalsIgnoreCase(value)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }

    public String textKey() {
        return "rating." + name().toLowerCase(Locale.ROOT);
    }
}
