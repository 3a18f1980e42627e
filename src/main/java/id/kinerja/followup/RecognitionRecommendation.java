package id.kinerja.followup;

import java.util.Locale;

/** What a supervisor may recommend with a recognition (DOMAIN.md §9: apresiasi, a new assignment). */
public enum RecognitionRecommendation {
    TRAINING, ASSIGNMENT, NONE;

    public String textKey() {
        return "recognition.recommendation." + name().toLowerCase(Locale.ROOT);
    }
}
