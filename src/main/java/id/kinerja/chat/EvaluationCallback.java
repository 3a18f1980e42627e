package id.kinerja.chat;

import id.kinerja.appraisal.Rating;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Buttons of the evaluation flow: open a report's card, and a step of the draft in progress. */
sealed interface EvaluationCallback extends CallbackData {

    /** {@code ev:<reportId>:<periodId>}, from a prompt, /tugas or /tim. */
    record Open(long reportId, long periodId) implements EvaluationCallback {
        static final String PREFIX = "ev";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, reportId, periodId);
        }
    }

    /**
     * {@code ew:<nonce>:<action>}: a step of the draft whose nonce it names — {@code w.<RATING>} and
     * {@code b.<RATING>} rate work results and behaviour, the others are {@link Action}'s names in lower case.
     */
    record Step(String nonce, Action action, Rating rating) implements EvaluationCallback {
        static final String PREFIX = "ew";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "([0-9a-f]{1,32}):(.+)");
        private static final String WORK = "w.";
        private static final String BEHAVIOUR = "b.";

        public Step {
            if ((action == Action.WORK || action == Action.BEHAVIOUR) != (rating != null)) {
                throw new IllegalArgumentException("a rating goes with WORK and BEHAVIOUR only: " + action);
            }
        }

        static Step of(String nonce, Action action) {
            return new Step(nonce, action, null);
        }

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, nonce, switch (action) {
                case WORK -> WORK + rating.name();
                case BEHAVIOUR -> BEHAVIOUR + rating.name();
                default -> action.name().toLowerCase(Locale.ROOT);
            });
        }

        private static Optional<Step> parse(String nonce, String action) {
            if (action.startsWith(WORK) || action.startsWith(BEHAVIOUR)) {
                Action kind = action.startsWith(WORK) ? Action.WORK : Action.BEHAVIOUR;
                return Rating.parse(action.substring(2)).map(rating -> new Step(nonce, kind, rating));
            }
            for (Action plain : Action.values()) {
                if (plain != Action.WORK && plain != Action.BEHAVIOUR
                        && plain.name().toLowerCase(Locale.ROOT).equals(action)) {
                    return Optional.of(of(nonce, plain));
                }
            }
            return Optional.empty();
        }
    }

    enum Action { WORK, BEHAVIOUR, BACK, CANCEL, SUBMIT, KEEP, CLEAR, SKIP }

    static Optional<EvaluationCallback> parse(String data) {
        return Callbacks.match(Open.DATA, data)
                .<EvaluationCallback>map(m -> new Open(Callbacks.id(m, 1), Callbacks.id(m, 2)))
                .or(() -> Callbacks.match(Step.DATA, data).flatMap(m -> Step.parse(m.group(1), m.group(2))));
    }
}
