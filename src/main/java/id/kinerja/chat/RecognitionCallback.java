package id.kinerja.chat;

import id.kinerja.followup.RecognitionRecommendation;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Buttons of a recognition (apresiasi) after a Sangat Baik: start it, then choose the recommendation. */
sealed interface RecognitionCallback extends CallbackData {

    /** {@code rcs:<employeeId>:<periodId>}: from the supervisor's prompt; the note is asked next. */
    record Start(long employeeId, long periodId) implements RecognitionCallback {
        static final String PREFIX = "rcs";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, employeeId, periodId);
        }
    }

    /** {@code rcr:<employeeId>:<periodId>:<RECOMMENDATION>}: saves the recognition with the note typed before. */
    record Recommend(long employeeId, long periodId, RecognitionRecommendation recommendation)
            implements RecognitionCallback {
        static final String PREFIX = "rcr";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,18}):([A-Z]{1,12})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, employeeId, periodId, recommendation.name());
        }
    }

    static Optional<RecognitionCallback> parse(String data) {
        return Callbacks.match(Start.DATA, data)
                .<RecognitionCallback>map(m -> new Start(Callbacks.id(m, 1), Callbacks.id(m, 2)))
                .or(() -> Callbacks.match(Recommend.DATA, data).flatMap(m -> Arrays.stream(RecognitionRecommendation.values())
                        .filter(r -> r.name().equals(m.group(3))).findFirst()
                        .map(r -> new Recommend(Callbacks.id(m, 1), Callbacks.id(m, 2), r))));
    }
}
