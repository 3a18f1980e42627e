package id.kinerja.chat;

import id.kinerja.appraisal.Objection;
import id.kinerja.appraisal.ObjectionParty;
import id.kinerja.appraisal.ObjectionRefusal;
import id.kinerja.appraisal.ObjectionRefused;
import id.kinerja.appraisal.Objections;
import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.employee.Employee;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Keberatan in the chat: the employee objects to their own evaluation (reasons typed, then confirmed); the decider
 * asks for explanations and decides; the one asked types the explanation. Every tap is checked again against who
 * taps it ({@link Objections#mayDecide}, {@link Objections#mayExplain}, the caller's own evaluation): a forged or
 * stale button returns false and changes nothing.
 */
@Component
class ObjectionScreens {

    /** Typed text is the reasons of an objection to the caller's evaluation in the period in {@code data}. */
    static final String REASONS = "OBJECTION_REASONS";
    /** Reasons typed, waiting for the confirmation; {@code data} is the period id, a newline, the reasons. */
    static final String CONFIRM = "OBJECTION_CONFIRM";
    /** Typed text is the explanation asked for; {@code data} is {@code <objectionId>:<R|E>}. */
    static final String EXPLAIN = "OBJECTION_EXPLAIN";

    private final Objections objections;
    private final Periods periods;
    private final ConversationStore conversations;
    private final ObjectionCards cards;
    private final ObjectionNotices notices;

    ObjectionScreens(Objections objections, Periods periods, ConversationStore conversations, ObjectionCards cards,
                     ObjectionNotices notices) {
        this.objections = objections;
        this.periods = periods;
        this.conversations = conversations;
        this.cards = cards;
        this.notices = notices;
    }

    static boolean owns(String state) {
        return REASONS.equals(state) || CONFIRM.equals(state) || EXPLAIN.equals(state);
    }

    /** The "Ajukan keberatan" button, for the caller's own evaluation in the period, when objecting is still possible. */
    Optional<Keyboard.Button> fileButton(Turn turn, long periodId) {
        return objections.filingRefusal(turn.me().orElseThrow(), periodId).isPresent() ? Optional.empty()
                : Optional.of(Keyboard.Button.tap(Html.plain(turn.text("objection.button_file")),
                        new ObjectionCallback.File(periodId).encode()));
    }

    boolean tap(Turn turn, ObjectionCallback tap) {
        if (turn.me().isEmpty()) {
            return false;
        }
        if (tap instanceof ObjectionCallback.File file) {
            return file(turn, file.periodId());
        } else if (tap instanceof ObjectionCallback.Send send) {
            return send(turn, send.periodId());
        } else if (tap instanceof ObjectionCallback.Abort abort) {
            return abort(turn, abort.periodId());
        } else if (tap instanceof ObjectionCallback.Ask ask) {
            return ask(turn, ask);
        } else if (tap instanceof ObjectionCallback.Explain explain) {
            return explainTapped(turn, explain);
        } else if (tap instanceof ObjectionCallback.Open open) {
            return withCase(turn, open.objectionId(), c -> {
                ObjectionCards.Card card = cards.card(c, turn.language());
                turn.show(card.html(), card.keyboard());
            });
        } else if (tap instanceof ObjectionCallback.Keep keep) {
            return withCase(turn, keep.objectionId(), c -> turn.show(cards.html(c, turn.language()) + "\n\n"
                    + turn.text("objection.confirm_keep", "predicate", turn.text(c.evaluation().predicate().textKey())),
                    Keyboard.column(List.of(
                            cards.tap(turn.language(), "objection.button_confirm_keep",
                                    new ObjectionCallback.Decide(c.objection().id(), null, null)),
                            cards.tap(turn.language(), "objection.button_back",
                                    new ObjectionCallback.Open(c.objection().id()))))));
        } else if (tap instanceof ObjectionCallback.Change change) {
            return withCase(turn, change.objectionId(), c -> pick(turn, c, change.workResult()));
        } else if (tap instanceof ObjectionCallback.Preview preview) {
            return withCase(turn, preview.objectionId(), c -> preview(turn, c, preview));
        } else if (tap instanceof ObjectionCallback.Decide decide) {
            return decide(turn, decide);
        }
        return false;
    }

    private boolean file(Turn turn, long periodId) {
        Employee me = turn.me().get();
        Optional<Period> period = periods.byId(periodId);
        if (period.isEmpty()) {
            return false;
        }
        Optional<ObjectionRefusal> refusal = objections.filingRefusal(me, periodId);
        if (refusal.isPresent()) {
            turn.answer(refused(turn, refusal.get()), true);
            return true;
        }
        conversations.enter(turn.userId(), REASONS, Long.toString(periodId));
        turn.answer("", false);
        turn.say(turn.text("objection.ask_reasons", "period", turn.period(period.get().name()),
                "last_day", cards.date(objections.lastDay(me.id(), periodId).orElseThrow(), turn.language()),
                "max", Objections.MAX_TEXT));
        return true;
    }

    /** Typed text in the objection flow: reasons (again, while confirming) or an explanation. */
    void text(Turn turn, ConversationStore.State state, String text) {
        if (EXPLAIN.equals(state.name())) {
            explanation(turn, state.data(), text);
            return;
        }
        String data = state.data() == null ? "" : state.data();
        long periodId = Long.parseLong(data.contains("\n") ? data.substring(0, data.indexOf('\n')) : data);
        Employee me = turn.me().orElseThrow();
        Optional<ObjectionRefusal> refusal = objections.filingRefusal(me, periodId)
                .or(() -> Objections.textProblem(text, true));
        if (refusal.isPresent()) {
            if (refusal.get() != ObjectionRefusal.REASONS_EMPTY && refusal.get() != ObjectionRefusal.REASONS_TOO_LONG) {
                conversations.clear(turn.userId());
            }
            turn.say(refused(turn, refusal.get(), text));
            return;
        }
        String reasons = text.strip();
        conversations.enter(turn.userId(), CONFIRM, periodId + "\n" + reasons);
        Period period = periods.byId(periodId).orElseThrow();
        turn.say(turn.text("objection.confirm", "period", turn.period(period.name()), "reasons", reasons),
                Keyboard.of(cards.tap(turn.language(), "objection.button_send", new ObjectionCallback.Send(periodId)),
                        cards.tap(turn.language(), "objection.button_abort", new ObjectionCallback.Abort(periodId))));
    }

    private boolean send(Turn turn, long periodId) {
        Optional<ConversationStore.State> state = conversations.current(turn.userId());
        String prefix = periodId + "\n";
        if (state.isEmpty() || !CONFIRM.equals(state.get().name()) || state.get().data() == null
                || !state.get().data().startsWith(prefix)) {
            return false;
        }
        conversations.clear(turn.userId());
        String reasons = state.get().data().substring(prefix.length());
        try {
            Objections.Filed filed = objections.file(turn.me().get(), periodId, reasons);
            notices.filed(filed);
            Objection o = filed.filed().objection();
            turn.show(turn.text("objection.filed", "period", turn.period(filed.filed().period().name()),
                    "decider", o.decidedByHr() ? Html.plain(turn.text("objection.decider_hr"))
                            : filed.deciders().get(0).name(),
                    "decide_by", cards.date(o.decideBy(), turn.language())), Keyboard.NONE);
        } catch (ObjectionRefused refused) {
            turn.show(refused(turn, refused.refusal()), Keyboard.NONE);
        }
        return true;
    }

    private boolean abort(Turn turn, long periodId) {
        Optional<ConversationStore.State> state = conversations.current(turn.userId());
        if (state.isPresent() && CONFIRM.equals(state.get().name()) && state.get().data() != null
                && state.get().data().startsWith(periodId + "\n")) {
            conversations.clear(turn.userId());
        }
        turn.show(turn.text("objection.aborted"), Keyboard.NONE);
        return true;
    }

    private boolean ask(Turn turn, ObjectionCallback.Ask tap) {
        Employee me = turn.me().get();
        Optional<Objections.Case> c = objections.forDecider(me, tap.objectionId());
        if (c.isEmpty()) {
            return false;
        }
        try {
            Objections.Asked asked = objections.ask(me, tap.objectionId(), tap.party());
            notices.asked(asked);
            turn.answer(turn.text("objection.asked", "name", asked.of().name(),
                    "due", cards.date(asked.due(), turn.language())), true);
            ObjectionCards.Card card = cards.card(asked.objection(), turn.language());
            turn.show(card.html(), card.keyboard());
        } catch (ObjectionRefused refused) {
            turn.answer(refused(turn, refused.refusal()), true);
        }
        return true;
    }

    private boolean explainTapped(Turn turn, ObjectionCallback.Explain tap) {
        Employee me = turn.me().get();
        if (!objections.mayExplain(me, tap.objectionId(), tap.party())) {
            return false;
        }
        conversations.enter(turn.userId(), EXPLAIN, tap.objectionId() + ":" + tap.party().code());
        turn.answer("", false);
        turn.say(turn.text("objection.explain_prompt", "max", Objections.MAX_TEXT));
        return true;
    }

    private void explanation(Turn turn, String data, String text) {
        Employee me = turn.me().orElseThrow();
        String[] parts = data == null ? new String[0] : data.split(":");
        Optional<ObjectionParty> party = parts.length == 2 ? ObjectionParty.ofCode(parts[1]) : Optional.empty();
        long objectionId = party.isPresent() && parts[0].matches("\\d{1,18}") ? Long.parseLong(parts[0]) : -1;
        if (party.isEmpty() || !objections.mayExplain(me, objectionId, party.get())) {
            conversations.clear(turn.userId());
            turn.say(turn.text("stale_button"));
            return;
        }
        Optional<ObjectionRefusal> problem = Objections.textProblem(text, false);
        if (problem.isPresent()) {
            turn.say(refused(turn, problem.get(), text));
            return;
        }
        conversations.clear(turn.userId());
        try {
            Objections.Case c = objections.explain(me, objectionId, party.get(), text);
            notices.explained(c, party.get());
            turn.say(turn.text("objection.explained"));
        } catch (ObjectionRefused refused) {
            turn.say(refused(turn, refused.refusal()));
        }
    }

    private void pick(Turn turn, Objections.Case c, Rating work) {
        long id = c.objection().id();
        List<Keyboard.Button> buttons = new java.util.ArrayList<>();
        for (Rating rating : List.of(Rating.ABOVE, Rating.MEETS, Rating.BELOW)) {
            buttons.add(Keyboard.Button.tap(Html.plain(turn.text(rating.textKey())), work == null
                    ? new ObjectionCallback.Change(id, rating).encode()
                    : new ObjectionCallback.Preview(id, work, rating).encode()));
        }
        buttons.add(cards.tap(turn.language(), "objection.button_back", new ObjectionCallback.Open(id)));
        turn.show(work == null
                ? turn.text("objection.pick_work", "name", c.employee().name(),
                        "current", turn.text(c.evaluation().workResult().textKey()))
                : turn.text("objection.pick_behaviour", "name", c.employee().name(), "work", turn.text(work.textKey()),
                        "current", turn.text(c.evaluation().behaviour().textKey())),
                Keyboard.column(buttons));
    }

    private void preview(Turn turn, Objections.Case c, ObjectionCallback.Preview tap) {
        Predicate predicate = Predicate.of(tap.workResult(), tap.behaviour());
        long id = c.objection().id();
        turn.show(turn.text("objection.preview", "name", c.employee().name(),
                        "work", turn.text(tap.workResult().textKey()), "behaviour", turn.text(tap.behaviour().textKey()),
                        "predicate", turn.text(predicate.textKey()), "was", turn.text(c.evaluation().predicate().textKey())),
                Keyboard.column(List.of(
                        cards.tap(turn.language(), "objection.button_confirm_change",
                                new ObjectionCallback.Decide(id, tap.workResult(), tap.behaviour())),
                        cards.tap(turn.language(), "objection.button_back", new ObjectionCallback.Open(id)))));
    }

    private boolean decide(Turn turn, ObjectionCallback.Decide tap) {
        Employee me = turn.me().get();
        Optional<Objections.Case> c = objections.forDecider(me, tap.objectionId());
        if (c.isEmpty()) {
            return false;
        }
        try {
            Objections.Decided decided = objections.decide(me, tap.objectionId(), tap.workResult(), tap.behaviour());
            notices.decided(decided);
            turn.show(turn.text("objection.decided", "name", decided.decided().employee().name(),
                    "result", Html.raw(notices.result(decided.decided(), decided.changed(), turn.language()))),
                    Keyboard.NONE);
        } catch (ObjectionRefused refused) {
            turn.answer(refused(turn, refused.refusal()), true);
            turn.show(cards.html(objections.caseOf(tap.objectionId()).orElseThrow(), turn.language()), Keyboard.NONE);
        }
        return true;
    }

    /** Runs {@code show} for a decider of an open objection; false (a stale button) for anyone else or once decided. */
    private boolean withCase(Turn turn, long objectionId, java.util.function.Consumer<Objections.Case> show) {
        Optional<Objections.Case> c = objections.forDecider(turn.me().get(), objectionId);
        if (c.isEmpty()) {
            return false;
        }
        if (!c.get().objection().isOpen()) {
            turn.answer(refused(turn, ObjectionRefusal.DECIDED), true);
            turn.show(cards.html(c.get(), turn.language()), Keyboard.NONE);
            return true;
        }
        show.accept(c.get());
        return true;
    }

    private static String refused(Turn turn, ObjectionRefusal refusal) {
        return refused(turn, refusal, null);
    }

    private static String refused(Turn turn, ObjectionRefusal refusal, String text) {
        String stripped = text == null ? "" : text.strip();
        return turn.text(refusal.textKey(), "max", Objections.MAX_TEXT,
                "length", stripped.codePointCount(0, stripped.length()));
    }
}
