package id.kinerja.chat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buttons of coaching (issue 12): planning a session (kind, day), its outcome, and the employee's Format B.1.8.
 * Ids and days only; every tap is checked again against who may act on whom.
 */
sealed interface CoachingCallback extends CallbackData {

    DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** {@code ccht}: the supervisor's coaching screen from /tim (whom to plan for, outcomes to record). */
    record Team() implements CoachingCallback {
        static final String PREFIX = "ccht";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, null);

        @Override
        public String encode() {
            return Callbacks.join(PREFIX);
        }
    }

    /** {@code cchp:<employeeId>}: plan a session with this report (the kinds are offered). */
    record Plan(long employeeId) implements CoachingCallback {
        static final String PREFIX = "cchp";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, employeeId);
        }
    }

    /** {@code cchk:<employeeId>:<requestId>:<kind>}: the kind chosen; requestId 0 when planned from the team. */
    record Kind(long employeeId, long requestId, int kind) implements CoachingCallback {
        static final String PREFIX = "cchk";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,18}):(\\d)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, employeeId, requestId, kind);
        }
    }

    /** {@code cchd:<employeeId>:<requestId>:<kind>:<yyyymmdd>}: the day chosen. */
    record Day(long employeeId, long requestId, int kind, LocalDate date) implements CoachingCallback {
        static final String PREFIX = "cchd";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,18}):(\\d):(\\d{8})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, employeeId, requestId, kind, DAY.format(date));
        }
    }

    /** {@code ccho:<sessionId>}: record the outcome of the session. */
    record Outcome(long sessionId) implements CoachingCallback {
        static final String PREFIX = "ccho";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, sessionId);
        }
    }

    /** {@code cchr:<sessionId>:<H|P|N>}: held, postponed, not held. */
    record Result(long sessionId, char outcome) implements CoachingCallback {
        static final String PREFIX = "cchr";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):([HPN])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, sessionId, outcome);
        }
    }

    /** {@code cchm:<sessionId>:<yyyymmdd>}: the new day of a postponed session. */
    record NewDay(long sessionId, LocalDate date) implements CoachingCallback {
        static final String PREFIX = "cchm";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{8})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, sessionId, DAY.format(date));
        }
    }

    /** {@code cchf:<sessionId>:<statement>:<score>}: an answer of Format B.1.8; statement 0 opens the form. */
    record Feedback(long sessionId, int statement, int score) implements CoachingCallback {
        static final String PREFIX = "cchf";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):(\\d{1,2}):(\\d)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, sessionId, statement, score);
        }
    }

    static Optional<CoachingCallback> parse(String data) {
        return Callbacks.match(Team.DATA, data).<CoachingCallback>map(m -> new Team())
                .or(() -> Callbacks.match(Plan.DATA, data).map(m -> new Plan(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Kind.DATA, data).map(m -> new Kind(Callbacks.id(m, 1), Callbacks.id(m, 2),
                        Integer.parseInt(m.group(3)))))
                .or(() -> Callbacks.match(Day.DATA, data).flatMap(m -> day(m.group(4)).map(d -> new Day(
                        Callbacks.id(m, 1), Callbacks.id(m, 2), Integer.parseInt(m.group(3)), d))))
                .or(() -> Callbacks.match(Outcome.DATA, data).map(m -> new Outcome(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Result.DATA, data).map(m -> new Result(Callbacks.id(m, 1), m.group(2).charAt(0))))
                .or(() -> Callbacks.match(NewDay.DATA, data).flatMap(m -> day(m.group(2))
                        .map(d -> new NewDay(Callbacks.id(m, 1), d))))
                .or(() -> Callbacks.match(Feedback.DATA, data).map(m -> new Feedback(Callbacks.id(m, 1),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))));
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text, DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
