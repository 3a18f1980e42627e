package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/** Buttons of /skor and /umpan_balik: a feedback page, the feedback from the score card, the trend chart. */
sealed interface ScoreCallback extends CallbackData {

    /** {@code fb:<page>}: a feedback page, in place. */
    record FeedbackPage(int page) implements ScoreCallback {
        static final String PREFIX = "fb";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,4})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, page);
        }
    }

    /** {@code fbo}: the first feedback page as a new message, so the card stays (also under an evaluation notice). */
    record OpenFeedback() implements ScoreCallback {
        static final String PREFIX = "fbo";

        @Override
        public String encode() {
            return Callbacks.join(PREFIX);
        }
    }

    /** {@code tr}: the caller's own trend as a chart image. */
    record TrendChart() implements ScoreCallback {
        static final String PREFIX = "tr";

        @Override
        public String encode() {
            return Callbacks.join(PREFIX);
        }
    }

    static Optional<ScoreCallback> parse(String data) {
        if (data.equals(OpenFeedback.PREFIX)) {
            return Optional.of(new OpenFeedback());
        }
        if (data.equals(TrendChart.PREFIX)) {
            return Optional.of(new TrendChart());
        }
        return Callbacks.match(FeedbackPage.DATA, data).map(m -> new FeedbackPage(Integer.parseInt(m.group(1))));
    }
}
