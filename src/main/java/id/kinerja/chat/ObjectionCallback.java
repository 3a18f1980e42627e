package id.kinerja.chat;

import id.kinerja.appraisal.ObjectionParty;
import id.kinerja.appraisal.Rating;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buttons of the objection (keberatan) flow. Nothing in them is trusted: the employee's own evaluation is found from
 * the period and the caller, and every objection id is checked against who taps it ({@link ObjectionScreens}).
 */
sealed interface ObjectionCallback extends CallbackData {

    /** {@code kbf:<periodId>}: the caller objects to their own evaluation in that period (reasons asked next). */
    record File(long periodId) implements ObjectionCallback {
        static final String PREFIX = "kbf";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, periodId);
        }
    }

    /** {@code kbs:<periodId>}: send the objection with the reasons typed. */
    record Send(long periodId) implements ObjectionCallback {
        static final String PREFIX = "kbs";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, periodId);
        }
    }

    /** {@code kbx:<periodId>}: do not send it. */
    record Abort(long periodId) implements ObjectionCallback {
        static final String PREFIX = "kbx";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, periodId);
        }
    }

    /** {@code kba:<objectionId>:<R|E>}: the decider asks the rater or the employee for an explanation. */
    record Ask(long objectionId, ObjectionParty party) implements ObjectionCallback {
        static final String PREFIX = "kba";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):([RE])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId, party.code());
        }
    }

    /** {@code kbw:<objectionId>:<R|E>}: the one asked writes the explanation (typed next). */
    record Explain(long objectionId, ObjectionParty party) implements ObjectionCallback {
        static final String PREFIX = "kbw";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):([RE])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId, party.code());
        }
    }

    /** {@code kbo:<objectionId>}: the decider's card of the case. */
    record Open(long objectionId) implements ObjectionCallback {
        static final String PREFIX = "kbo";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId);
        }
    }

    /** {@code kbk:<objectionId>}: keep the result (a confirmation follows). */
    record Keep(long objectionId) implements ObjectionCallback {
        static final String PREFIX = "kbk";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId);
        }
    }

    /** {@code kbm:<objectionId>[:<work>]}: change the ratings: the work result first, then the behaviour. */
    record Change(long objectionId, Rating workResult) implements ObjectionCallback {
        static final String PREFIX = "kbm";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})(?::([BMA]))?");

        @Override
        public String encode() {
            return workResult == null ? Callbacks.join(PREFIX, objectionId)
                    : Callbacks.join(PREFIX, objectionId, code(workResult));
        }
    }

    /** {@code kbp:<objectionId>:<work><behaviour>}: the new ratings and the predicate they give, to confirm. */
    record Preview(long objectionId, Rating workResult, Rating behaviour) implements ObjectionCallback {
        static final String PREFIX = "kbp";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):([BMA])([BMA])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId, code(workResult) + code(behaviour));
        }
    }

    /** {@code kbd:<objectionId>:K} keeps, {@code kbd:<objectionId>:<work><behaviour>} changes: the final decision. */
    record Decide(long objectionId, Rating workResult, Rating behaviour) implements ObjectionCallback {
        static final String PREFIX = "kbd";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(K|[BMA][BMA])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, objectionId, keeps() ? "K" : code(workResult) + code(behaviour));
        }

        boolean keeps() {
            return workResult == null;
        }
    }

    static String code(Rating rating) {
        return rating.name().substring(0, 1);
    }

    static Rating rating(String code) {
        return switch (code) {
            case "B" -> Rating.BELOW;
            case "M" -> Rating.MEETS;
            case "A" -> Rating.ABOVE;
            default -> throw new IllegalArgumentException(code);
        };
    }

    private static ObjectionParty party(String code) {
        return ObjectionParty.ofCode(code).orElseThrow();
    }

    static Optional<ObjectionCallback> parse(String data) {
        if (!data.startsWith("kb")) {
            return Optional.empty();
        }
        return Callbacks.match(File.DATA, data).<ObjectionCallback>map(m -> new File(Callbacks.id(m, 1)))
                .or(() -> Callbacks.match(Send.DATA, data).map(m -> new Send(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Abort.DATA, data).map(m -> new Abort(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Ask.DATA, data).map(m -> new Ask(Callbacks.id(m, 1), party(m.group(2)))))
                .or(() -> Callbacks.match(Explain.DATA, data)
                        .map(m -> new Explain(Callbacks.id(m, 1), party(m.group(2)))))
                .or(() -> Callbacks.match(Open.DATA, data).map(m -> new Open(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Keep.DATA, data).map(m -> new Keep(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Change.DATA, data).map(m -> new Change(Callbacks.id(m, 1),
                        m.group(2) == null ? null : rating(m.group(2)))))
                .or(() -> Callbacks.match(Preview.DATA, data).map(m -> new Preview(Callbacks.id(m, 1),
                        rating(m.group(2)), rating(m.group(3)))))
                .or(() -> Callbacks.match(Decide.DATA, data).map(m -> "K".equals(m.group(2))
                        ? new Decide(Callbacks.id(m, 1), null, null)
                        : new Decide(Callbacks.id(m, 1), rating(m.group(2).substring(0, 1)),
                                rating(m.group(2).substring(1)))));
    }
}
