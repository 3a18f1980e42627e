package id.kinerja.chat;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Reports;
import id.kinerja.followup.CoachingDates;
import id.kinerja.followup.CoachingFeedbackForm;
import id.kinerja.followup.CoachingKind;
import id.kinerja.followup.CoachingNote;
import id.kinerja.followup.CoachingPlans;
import id.kinerja.followup.CoachingSession;
import id.kinerja.followup.CoachingStatus;
import id.kinerja.text.Dates;
import id.kinerja.text.Keyboard;
import id.kinerja.text.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Coaching in the chat (issue 12): the supervisor plans a session with a report (kind, day, agreed focus) from the
 * prompt after a low predicate or from /tim, and records its outcome; the coached employee answers Format B.1.8.
 * The rules live in {@link CoachingPlans}; every tap and every typed step asks it again who may act on whom.
 */
@Component
class CoachingScreens {

    /** Typed text is the day of a session being planned; data {@code employeeId:requestId:kind}. */
    static final String DAY = "COACHING_DAY";
    /** Typed text is the agreed focus; data {@code employeeId:requestId:kind:yyyy-mm-dd}. */
    static final String FOCUS = "COACHING_FOCUS";
    /** Typed text is the new day of a postponed session; data {@code sessionId}. */
    static final String NEW_DAY = "COACHING_NEW_DAY";
    /** Typed text is the outcome note; data {@code sessionId:H|N} or {@code sessionId:P:yyyy-mm-dd}. */
    static final String NOTE = "COACHING_NOTE";
    static final Set<String> STATES = Set.of(DAY, FOCUS, NEW_DAY, NOTE);

    private final CoachingPlans plans;
    private final CoachingDates dates;
    private final Employees employees;
    private final ConversationStore conversations;
    private final Texts texts;

    CoachingScreens(CoachingPlans plans, CoachingDates dates, Employees employees, ConversationStore conversations,
                    Texts texts) {
        this.texts = texts;
        this.plans = plans;
        this.dates = dates;
        this.employees = employees;
        this.conversations = conversations;
    }

    boolean tap(Turn turn, CoachingCallback tap) {
        if (turn.me().isEmpty()) {
            return false;
        }
        Employee me = turn.me().get();
        if (tap instanceof CoachingCallback.Team) {
            return team(turn, me);
        } else if (tap instanceof CoachingCallback.Plan plan) {
            return kinds(turn, me, plan.employeeId());
        } else if (tap instanceof CoachingCallback.Kind kind) {
            return kind(turn, me, kind);
        } else if (tap instanceof CoachingCallback.Day day) {
            return day(turn, me, day.employeeId(), day.requestId(), day.kind(), day.date());
        } else if (tap instanceof CoachingCallback.Outcome outcome) {
            return outcome(turn, me, outcome.sessionId());
        } else if (tap instanceof CoachingCallback.Result result) {
            return result(turn, me, result);
        } else if (tap instanceof CoachingCallback.NewDay newDay) {
            return newDay(turn, me, newDay.sessionId(), newDay.date());
        } else if (tap instanceof CoachingCallback.Feedback feedback) {
            return feedback(turn, me, feedback);
        }
        return false;
    }

    /** Typed text in one of the {@link #STATES}. */
    void text(Turn turn, ConversationStore.State state, String text) {
        Employee me = turn.me().orElseThrow();
        String[] parts = state.data() == null ? new String[0] : state.data().split(":");
        try {
            switch (state.name()) {
                case DAY -> typedDay(turn, me, Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Integer.parseInt(parts[2]), text);
                case FOCUS -> typedFocus(turn, me, Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Integer.parseInt(parts[2]), LocalDate.parse(parts[3]), text);
                case NEW_DAY -> typedNewDay(turn, me, Long.parseLong(parts[0]), text);
                case NOTE -> typedNote(turn, me, Long.parseLong(parts[0]), parts[1].charAt(0),
                        parts.length > 2 ? LocalDate.parse(parts[2]) : null, text);
                default -> turn.say(turn.text("unknown"));
            }
        } catch (RuntimeException broken) {
            if (!(broken instanceof NumberFormatException || broken instanceof ArrayIndexOutOfBoundsException
                    || broken instanceof DateTimeParseException)) {
                throw broken;
            }
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
        }
    }

    // --- planning ---

    /** From /tim: the reports to plan for, and the sessions whose outcome is due. */
    private boolean team(Turn turn, Employee me) {
        List<Reports.Report> team = plans.team(me);
        if (team.isEmpty()) {
            turn.answer(turn.text("coaching.no_team"), true);
            return true;
        }
        LocalDate today = dates.today();
        List<String> lines = new ArrayList<>(List.of(turn.text("coaching.team_title")));
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (CoachingSession session : plans.openOf(me)) {
            String name = employees.byId(session.employeeId()).map(Employee::name).orElse("?");
            if (session.status() == CoachingStatus.UNPLANNED) {
                lines.add(turn.text("coaching.team_unplanned", "name", name));
            } else {
                lines.add(turn.text("coaching.team_planned", "name", name, "kind", turn.text(session.kind().textKey()),
                        "date", Dates.longDate(session.date(), turn.language())));
                if (session.outcomeDue(today)) {
                    buttons.add(Keyboard.Button.tap(turn.text("coaching.team_outcome_button", "name", name),
                            new CoachingCallback.Outcome(session.id()).encode()));
                }
            }
        }
        lines.add(turn.text("coaching.team_hint"));
        team.forEach(report -> buttons.add(Keyboard.Button.tap(turn.text("coaching.team_plan_button", "name", report.name()),
                new CoachingCallback.Plan(report.employeeId()).encode())));
        turn.say(String.join("\n", lines), Keyboard.column(buttons.subList(0, Math.min(TeamScreens.MAX_BUTTONS,
                buttons.size()))));
        return true;
    }

    private boolean kinds(Turn turn, Employee me, long employeeId) {
        Optional<Employee> report = plans.coachable(me, employeeId);
        if (report.isEmpty()) {
            return false;
        }
        turn.show(turn.text("coaching.kinds", "name", report.get().name()),
                CoachingPromptButtons.kindButtons(texts, turn.language(), employeeId, 0));
        return true;
    }

    private boolean kind(Turn turn, Employee me, CoachingCallback.Kind tap) {
        Optional<Employee> report = plans.coachable(me, tap.employeeId());
        if (report.isEmpty() || kindOf(tap.kind()).isEmpty()) {
            return false;
        }
        if (tap.requestId() > 0 && plans.openRequest(tap.requestId(), tap.employeeId()).isEmpty()) {
            turn.answer(turn.text("coaching.already_planned"), true);
            turn.removeButtons(turn.tappedMessageId());
            return true;
        }
        conversations.enter(turn.userId(), DAY, tap.employeeId() + ":" + tap.requestId() + ":" + tap.kind());
        List<Keyboard.Button> buttons = dates.options().stream().map(date -> Keyboard.Button.tap(
                Dates.longDate(date, turn.language()),
                new CoachingCallback.Day(tap.employeeId(), tap.requestId(), tap.kind(), date).encode())).toList();
        turn.show(turn.text("coaching.ask_day", "name", report.get().name(),
                "kind", turn.text(kindOf(tap.kind()).get().textKey())), Keyboard.column(buttons));
        return true;
    }

    private boolean day(Turn turn, Employee me, long employeeId, long requestId, int kind, LocalDate date) {
        Optional<Employee> report = plans.coachable(me, employeeId);
        if (report.isEmpty() || kindOf(kind).isEmpty()) {
            return false;
        }
        if (requestId > 0 && plans.openRequest(requestId, employeeId).isEmpty()) {
            conversations.clear(turn.userId());
            turn.answer(turn.text("coaching.already_planned"), true);
            turn.removeButtons(turn.tappedMessageId());
            return true;
        }
        CoachingDates.Check check = dates.check(date);
        if (!(check instanceof CoachingDates.Check.Valid)) {
            turn.answer(dateProblem(turn, check), true);
            return true;
        }
        conversations.enter(turn.userId(), FOCUS, employeeId + ":" + requestId + ":" + kind + ":" + date);
        String html = turn.text("coaching.ask_focus", "name", report.get().name(),
                "kind", turn.text(kindOf(kind).get().textKey()), "date", Dates.longDate(date, turn.language()),
                "max", CoachingNote.MAX);
        if (turn.tappedMessageId() > 0) {
            turn.show(html, Keyboard.NONE);
        } else {
            turn.say(html);
        }
        return true;
    }

    private void typedDay(Turn turn, Employee me, long employeeId, long requestId, int kind, String text) {
        CoachingDates.Check check = dates.check(text);
        if (!(check instanceof CoachingDates.Check.Valid valid)) {
            if (plans.coachable(me, employeeId).isEmpty()) {
                conversations.clear(turn.userId());
                turn.say(turn.text("stale_button"));
                return;
            }
            turn.say(dateProblem(turn, check));
            return;
        }
        if (!day(turn, me, employeeId, requestId, kind, valid.date())) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
        }
    }

    private void typedFocus(Turn turn, Employee me, long employeeId, long requestId, int kind, LocalDate date,
                            String text) {
        CoachingPlans.PlanResult result = plans.plan(me, employeeId, requestId, kindOf(kind).orElseThrow(), date, text);
        if (result instanceof CoachingPlans.PlanResult.Planned planned) {
            conversations.clear(turn.userId());
            String name = employees.byId(employeeId).map(Employee::name).orElse("");
            turn.say(turn.text("coaching.planned", "name", name, "kind", turn.text(planned.session().kind().textKey()),
                    "date", Dates.longDate(planned.session().date(), turn.language()), "focus", planned.session().focus()));
        } else if (result instanceof CoachingPlans.PlanResult.BadFocus bad) {
            turn.say(noteProblem(turn, bad.problem(), text));
        } else if (result instanceof CoachingPlans.PlanResult.BadDate bad) {
            // the day became impossible since it was chosen (a holiday added, midnight passed): choose again
            conversations.enter(turn.userId(), DAY, employeeId + ":" + requestId + ":" + kind);
            turn.say(dateProblem(turn, bad.check()));
        } else if (result instanceof CoachingPlans.PlanResult.AlreadyPlanned) {
            conversations.clear(turn.userId());
            turn.say(turn.text("coaching.already_planned"));
        } else {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
        }
    }

    // --- outcome ---

    private boolean outcome(Turn turn, Employee me, long sessionId) {
        Optional<CoachingSession> session = plans.session(sessionId)
                .filter(s -> plans.coachable(me, s.employeeId()).isPresent());
        if (session.isEmpty()) {
            return false;
        }
        if (!session.get().outcomeDue(dates.today())) {
            turn.answer(turn.text(session.get().status().awaitsOutcome() ? "coaching.outcome_not_yet"
                    : "coaching.outcome_recorded_already"), true);
            return true;
        }
        String name = employees.byId(session.get().employeeId()).map(Employee::name).orElse("");
        turn.say(turn.text("coaching.outcome_ask", "name", name, "kind", turn.text(session.get().kind().textKey()),
                        "date", Dates.longDate(session.get().date(), turn.language()), "focus", session.get().focus()),
                Keyboard.column(List.of(
                        Keyboard.Button.tap(turn.text("coaching.outcome_held"), new CoachingCallback.Result(sessionId, 'H').encode()),
                        Keyboard.Button.tap(turn.text("coaching.outcome_postponed"), new CoachingCallback.Result(sessionId, 'P').encode()),
                        Keyboard.Button.tap(turn.text("coaching.outcome_not_held"), new CoachingCallback.Result(sessionId, 'N').encode()))));
        return true;
    }

    private boolean result(Turn turn, Employee me, CoachingCallback.Result tap) {
        Optional<CoachingSession> session = plans.outcomeDue(me, tap.sessionId());
        if (session.isEmpty()) {
            return plans.session(tap.sessionId()).filter(s -> plans.coachable(me, s.employeeId()).isPresent())
                    .map(s -> {
                        turn.answer(turn.text("coaching.outcome_recorded_already"), true);
                        turn.removeButtons(turn.tappedMessageId());
                        return true;
                    }).orElse(false);
        }
        if (tap.outcome() == 'P') {
            conversations.enter(turn.userId(), NEW_DAY, String.valueOf(tap.sessionId()));
            List<Keyboard.Button> buttons = dates.options().stream().filter(d -> d.isAfter(session.get().date()))
                    .map(d -> Keyboard.Button.tap(Dates.longDate(d, turn.language()),
                            new CoachingCallback.NewDay(tap.sessionId(), d).encode())).toList();
            turn.show(turn.text("coaching.ask_new_day"), Keyboard.column(buttons));
            return true;
        }
        conversations.enter(turn.userId(), NOTE, tap.sessionId() + ":" + tap.outcome());
        turn.show(turn.text("coaching.ask_note", "outcome", turn.text(tap.outcome() == 'H' ? "coaching.outcome_held"
                : "coaching.outcome_not_held"), "max", CoachingNote.MAX), Keyboard.NONE);
        return true;
    }

    private boolean newDay(Turn turn, Employee me, long sessionId, LocalDate date) {
        Optional<CoachingSession> session = plans.outcomeDue(me, sessionId);
        if (session.isEmpty()) {
            return false;
        }
        CoachingDates.Check check = dates.check(date);
        if (!(check instanceof CoachingDates.Check.Valid) || !date.isAfter(session.get().date())) {
            String problem = check instanceof CoachingDates.Check.Valid ? turn.text("coaching.new_day_not_later")
                    : dateProblem(turn, check);
            if (turn.tappedMessageId() > 0) {
                turn.answer(problem, true);
            } else {
                turn.say(problem);
            }
            return true;
        }
        conversations.enter(turn.userId(), NOTE, sessionId + ":P:" + date);
        String html = turn.text("coaching.ask_note", "outcome", turn.text("coaching.outcome_postponed_to",
                "date", Dates.longDate(date, turn.language())), "max", CoachingNote.MAX);
        if (turn.tappedMessageId() > 0) {
            turn.show(html, Keyboard.NONE);
        } else {
            turn.say(html);
        }
        return true;
    }

    private void typedNewDay(Turn turn, Employee me, long sessionId, String text) {
        CoachingDates.Check check = dates.check(text);
        if (!(check instanceof CoachingDates.Check.Valid valid)) {
            turn.say(dateProblem(turn, check));
            return;
        }
        if (!newDay(turn, me, sessionId, valid.date())) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
        }
    }

    private void typedNote(Turn turn, Employee me, long sessionId, char outcome, LocalDate newDate, String text) {
        CoachingPlans.Outcome chosen = switch (outcome) {
            case 'H' -> CoachingPlans.Outcome.HELD;
            case 'P' -> CoachingPlans.Outcome.POSTPONED;
            default -> CoachingPlans.Outcome.NOT_HELD;
        };
        CoachingPlans.OutcomeResult result = plans.recordOutcome(me, sessionId, chosen, newDate, text);
        if (result instanceof CoachingPlans.OutcomeResult.Recorded recorded) {
            conversations.clear(turn.userId());
            String name = employees.byId(recorded.session().employeeId()).map(Employee::name).orElse("");
            turn.say(turn.text("coaching.outcome_saved", "name", name,
                    "outcome", turn.text(recorded.session().status().textKey()),
                    "date", Dates.longDate(recorded.session().date(), turn.language())));
        } else if (result instanceof CoachingPlans.OutcomeResult.BadNote bad) {
            turn.say(noteProblem(turn, bad.problem(), text));
        } else if (result instanceof CoachingPlans.OutcomeResult.BadDate bad) {
            conversations.enter(turn.userId(), NEW_DAY, String.valueOf(sessionId));
            turn.say(dateProblem(turn, bad.check()));
        } else if (result instanceof CoachingPlans.OutcomeResult.NotDue) {
            conversations.clear(turn.userId());
            turn.say(turn.text("coaching.outcome_recorded_already"));
        } else {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
        }
    }

    // --- Format B.1.8 ---

    private boolean feedback(Turn turn, Employee me, CoachingCallback.Feedback tap) {
        if (tap.statement() == 0) {
            Optional<CoachingSession> session = plans.session(tap.sessionId())
                    .filter(s -> s.employeeId() == me.id() && s.status() == CoachingStatus.HELD);
            if (session.isEmpty()) {
                return false;
            }
            Optional<Integer> next = plans.nextStatement(me, tap.sessionId());
            if (next.isEmpty()) {
                turn.answer(turn.text("coaching.feedback_done_already"), true);
                return true;
            }
            turn.say(statement(turn, next.get()), scale(turn, tap.sessionId(), next.get()));
            return true;
        }
        CoachingPlans.AnswerResult result = plans.answer(me, tap.sessionId(), tap.statement(), tap.score());
        if (result instanceof CoachingPlans.AnswerResult.Next next) {
            turn.show(statement(turn, next.statement()), scale(turn, tap.sessionId(), next.statement()));
            return true;
        }
        if (result instanceof CoachingPlans.AnswerResult.Done done) {
            String superior = done.superiorId() == null ? null
                    : employees.byId(done.superiorId()).map(Employee::name).orElse(null);
            turn.show(superior == null ? turn.text("coaching.feedback_thanks_kept")
                    : turn.text("coaching.feedback_thanks", "superior", superior), Keyboard.NONE);
            return true;
        }
        return false;
    }

    private static String statement(Turn turn, int number) {
        return turn.text("coaching.feedback_statement", "number", number, "total", CoachingFeedbackForm.STATEMENTS,
                "statement", turn.text(CoachingFeedbackForm.statementKey(number)));
    }

    private static Keyboard scale(Turn turn, long sessionId, int statement) {
        List<Keyboard.Button> buttons = new ArrayList<>();
        for (int score = CoachingFeedbackForm.MIN_SCORE; score <= CoachingFeedbackForm.MAX_SCORE; score++) {
            buttons.add(Keyboard.Button.tap(score + " · " + turn.text(CoachingFeedbackForm.scoreKey(score)),
                    new CoachingCallback.Feedback(sessionId, statement, score).encode()));
        }
        return Keyboard.column(buttons);
    }

    // --- texts ---

    private static String dateProblem(Turn turn, CoachingDates.Check check) {
        if (check instanceof CoachingDates.Check.Past past) {
            return turn.text("coaching.date_past", "date", Dates.longDate(past.date(), turn.language()));
        } else if (check instanceof CoachingDates.Check.NotWorkingDay day) {
            return turn.text("coaching.date_not_working_day", "date", Dates.longDate(day.date(), turn.language()));
        } else if (check instanceof CoachingDates.Check.TooFar far) {
            return turn.text("coaching.date_too_far", "date", Dates.longDate(far.date(), turn.language()));
        }
        return turn.text("coaching.date_not_a_date");
    }

    private static String noteProblem(Turn turn, CoachingNote.Problem problem, String text) {
        return switch (problem) {
            case EMPTY -> turn.text("coaching.note_empty");
            case TOO_LONG -> turn.text("coaching.note_too_long", "length", CoachingNote.length(text), "max", CoachingNote.MAX);
            case HIDDEN_CHARACTER -> turn.text("coaching.note_hidden_character");
        };
    }

    private static Optional<CoachingKind> kindOf(int ordinal) {
        CoachingKind[] kinds = CoachingKind.values();
        return ordinal >= 0 && ordinal < kinds.length ? Optional.of(kinds[ordinal]) : Optional.empty();
    }

}
