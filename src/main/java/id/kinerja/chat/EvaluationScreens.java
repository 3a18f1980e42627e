package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.EvaluationRefusal;
import id.kinerja.appraisal.EvaluationRefused;
import id.kinerja.appraisal.EvaluationResult;
import id.kinerja.appraisal.FeedbackRule;
import id.kinerja.appraisal.PendingEvaluations;
import id.kinerja.appraisal.PendingReport;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.appraisal.ReportSummary;
import id.kinerja.chat.EvaluationCallback.Action;
import id.kinerja.employee.Employee;
import id.kinerja.text.Dates;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Evaluating a report inside the chat (SPEC §2.3): summary card with the work-result rating →
 * behaviour rating → feedback (required with a BELOW) → confirmation with the computed predicate →
 * submit, with back and cancel at every step; then the next pending report is offered.
 */
@Component
class EvaluationScreens {

    static final String STATE = "EVALUATING";
    static final int MAX_FEEDBACK = FeedbackRule.MAX_LENGTH;

    private final EvaluatingReport evaluating;
    private final PendingEvaluations pending;
    private final ConversationStore conversations;
    private final PeerLine peerLine;

    EvaluationScreens(EvaluatingReport evaluating, PendingEvaluations pending, ConversationStore conversations,
                      PeerLine peerLine) {
        this.evaluating = evaluating;
        this.pending = pending;
        this.conversations = conversations;
        this.peerLine = peerLine;
    }

    /** {@link EvaluationCallback.Open} from a prompt, /tugas or /tim. */
    boolean open(Turn turn, EvaluationCallback.Open tapped) {
        if (turn.me().isEmpty()) {
            return false;
        }
        long reportId = tapped.reportId();
        long periodId = tapped.periodId();
        Optional<EvaluationRefusal> refusal = evaluating.refusal(turn.me().get(), reportId, periodId);
        if (refusal.isPresent()) {
            turn.answer(refusalText(turn, refusal.get()), true);
            return true;
        }
        EvaluationDraft draft = EvaluationDraft.start(reportId, periodId,
                evaluating.current(reportId, periodId).map(EvaluationResult::feedback).orElse(null));
        save(turn, draft);
        long userId = turn.userId();
        turn.sayTracked(card(turn, draft), keyboard(turn, draft), messageId -> cardSent(userId, draft, messageId));
        return true;
    }

    /**
     * The new card reached the chat: the draft remembers which message it is, so leaving the flow before any
     * tap can still take its buttons off. Only while the draft is still the one just started (a tap or another
     * command that came first wins).
     */
    private void cardSent(long userId, EvaluationDraft started, int messageId) {
        conversations.replace(userId, new ConversationStore.State(STATE, started.json()),
                started.shownIn(messageId).json());
    }

    /** {@link EvaluationCallback.Step}: a step of the draft in progress, named by its nonce. */
    boolean step(Turn turn, EvaluationCallback.Step tapped) {
        Optional<EvaluationDraft> current = draft(turn);
        if (turn.me().isEmpty() || current.isEmpty() || !current.get().nonce().equals(tapped.nonce())) {
            return false;
        }
        EvaluationDraft draft = current.get();
        Optional<EvaluationRefusal> refusal = evaluating.refusal(turn.me().get(), draft.reportId(), draft.periodId());
        if (refusal.isPresent()) {
            conversations.clear(turn.userId());
            turn.answer(refusalText(turn, refusal.get()), true);
            turn.show(refusalText(turn, refusal.get()), Keyboard.NONE);
            return true;
        }
        Optional<EvaluationDraft> next = advance(draft, tapped);
        if (tapped.action() == Action.CANCEL) {
            conversations.clear(turn.userId());
            turn.show(turn.text("evaluation.cancelled"), Keyboard.NONE);
        } else if (tapped.action() == Action.SUBMIT && draft.step() == EvaluationDraft.Step.CONFIRM) {
            submit(turn, draft);
        } else if (next.isPresent()) {
            save(turn, next.get().shownIn(turn.tappedMessageId()));
            turn.show(card(turn, next.get()), keyboard(turn, next.get()));
        } else {
            return false;
        }
        return true;
    }

    /** Free text while the draft waits for feedback; feedback that breaks the rule is explained, the draft stays. */
    void text(Turn turn, String text) {
        Optional<EvaluationDraft> draft = draft(turn);
        if (draft.isEmpty() || draft.get().step() != EvaluationDraft.Step.FEEDBACK) {
            turn.say(turn.text("evaluation.use_buttons"));
            return;
        }
        String feedback = FeedbackRule.normalise(text);
        Optional<FeedbackRule.Problem> problem = FeedbackRule.problem(feedback, draft.get().workResult(),
                draft.get().behaviour());
        if (problem.isPresent()) {
            turn.say(switch (problem.get().kind()) {
                case TOO_LONG -> turn.text("evaluation.feedback_too_long", "length", problem.get().length(),
                        "max", MAX_FEEDBACK);
                case CONTROL_CHARACTER -> turn.text("evaluation.feedback_control_character",
                        "character", problem.get().character());
                case REQUIRED -> turn.text("evaluation.feedback_empty");
            });
        } else {
            EvaluationDraft next = draft.get().withFeedback(feedback).inNewMessage();
            turn.removeButtons(draft.get().messageId());
            save(turn, next);
            long userId = turn.userId();
            turn.sayTracked(card(turn, next), keyboard(turn, next), messageId -> cardSent(userId, next, messageId));
        }
    }

    /** The message whose buttons belong to the draft kept in this state, or 0 when not known yet. */
    static int card(ConversationStore.State state) {
        return EvaluationDraft.fromJson(state.data()).messageId();
    }

    /** A command interrupted the draft: it is dropped, and the person is told so and how to start again. */
    void leave(Turn turn, ConversationStore.State state) {
        conversations.markLeft(turn.userId(), state);
        turn.say(turn.text("evaluation.flow_left", "name", reportName(state.data())));
    }

    /** Text typed after the draft was left is not taken as feedback. */
    void typedAfterLeaving(Turn turn, String data) {
        conversations.clear(turn.userId());
        turn.say(turn.text("evaluation.typed_after_leaving", "name", reportName(data)));
    }

    private String reportName(String draftJson) {
        EvaluationDraft draft = EvaluationDraft.fromJson(draftJson);
        return evaluating.summary(draft.reportId(), draft.periodId()).name();
    }

    private static Optional<EvaluationDraft> advance(EvaluationDraft draft, EvaluationCallback.Step tapped) {
        Action action = tapped.action();
        return switch (draft.step()) {
            case WORK -> action == Action.WORK ? Optional.of(draft.withWorkResult(tapped.rating())) : Optional.empty();
            case BEHAVIOUR -> action == Action.BEHAVIOUR ? Optional.of(draft.withBehaviour(tapped.rating()))
                    : action == Action.BACK ? Optional.of(draft.at(EvaluationDraft.Step.WORK)) : Optional.empty();
            case FEEDBACK -> switch (action) {
                case SKIP -> !draft.hasFeedback() && !draft.feedbackRequired()
                        ? Optional.of(draft.withFeedback(null)) : Optional.empty();
                case KEEP -> draft.feedbackKeepable() ? Optional.of(draft.keepingFeedback()) : Optional.empty();
                case CLEAR -> draft.hasFeedback() && !draft.feedbackRequired()
                        ? Optional.of(draft.withFeedback(null)) : Optional.empty();
                case BACK -> Optional.of(draft.at(EvaluationDraft.Step.BEHAVIOUR));
                default -> Optional.empty();
            };
            case CONFIRM -> action == Action.BACK ? Optional.of(draft.at(EvaluationDraft.Step.FEEDBACK))
                    : Optional.empty();
        };
    }

    private void submit(Turn turn, EvaluationDraft draft) {
        Employee me = turn.me().orElseThrow();
        EvaluatingReport.Submitted submitted;
        try {
            submitted = evaluating.submit(me, draft.reportId(), draft.periodId(), draft.workResult(),
                    draft.behaviour(), draft.feedback());
        } catch (EvaluationRefused refused) {
            // the period closed (or the report moved) after the step's check
            conversations.clear(turn.userId());
            turn.answer(refusalText(turn, refused.refusal()), true);
            turn.show(refusalText(turn, refused.refusal()), Keyboard.NONE);
            return;
        }
        conversations.clear(turn.userId());
        String saved = turn.text(submitted.changed() ? "evaluation.changed" : "evaluation.saved",
                "name", submitted.report().name(), "period", turn.period(submitted.period().name()),
                "predicate", turn.text(submitted.predicate().textKey()));
        List<PendingReport> left = pending.forSupervisor(me.id());
        if (left.isEmpty()) {
            turn.show(saved + "\n\n" + turn.text("evaluation.all_done"), Keyboard.NONE);
        } else {
            PendingReport next = left.get(0);
            turn.show(saved + "\n\n" + turn.text("evaluation.left", "count", left.size()),
                    Keyboard.of(Keyboard.Button.tap(turn.text("evaluation.next", "name", next.employeeName()),
                            new EvaluationCallback.Open(next.employeeId(), next.periodId()).encode())));
        }
    }

    private String card(Turn turn, EvaluationDraft draft) {
        ReportSummary summary = evaluating.summary(draft.reportId(), draft.periodId());
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("evaluation.title", "name", summary.name(), "position", summary.position(),
                "period", turn.period(summary.period().name()), "due", Dates.longDate(summary.period().due(), turn.language())));
        if (draft.step() == EvaluationDraft.Step.WORK) {
            lines.add("");
            IndicatorLines.appendTo(lines, turn, summary.indicators());
            lines.add("");
            lines.add(summary.previous()
                    .map(p -> turn.text("evaluation.previous", "period", turn.period(p.periodName()),
                            "predicate", turn.text(p.predicate().textKey())))
                    .orElseGet(() -> turn.text("evaluation.no_previous")));
            peerLine.of(turn, summary.employeeId(), summary.period()).ifPresent(lines::add);
            summary.current().ifPresent(c -> lines.add(turn.text("evaluation.current",
                    "predicate", turn.text(c.predicate().textKey()))));
        }
        lines.add("");
        lines.add(switch (draft.step()) {
            case WORK -> turn.text("evaluation.ask_work", "name", summary.name());
            case BEHAVIOUR -> turn.text("evaluation.ask_behaviour", "name", summary.name(),
                    "work", turn.text(draft.workResult().textKey()));
            case FEEDBACK -> draft.hasFeedback()
                    ? turn.text("evaluation.ask_feedback_current", "name", summary.name(), "max", MAX_FEEDBACK,
                            "feedback", draft.feedback())
                    : turn.text(draft.feedbackRequired() ? "evaluation.ask_feedback_required"
                            : "evaluation.ask_feedback_optional", "name", summary.name(), "max", MAX_FEEDBACK);
            case CONFIRM -> turn.text("evaluation.confirm",
                    "work", turn.text(draft.workResult().textKey()),
                    "behaviour", turn.text(draft.behaviour().textKey()),
                    "predicate", turn.text(Predicate.of(draft.workResult(), draft.behaviour()).textKey()),
                    "feedback", draft.feedback() == null ? Html.raw(turn.text("evaluation.no_feedback"))
                            : draft.feedback());
        });
        return String.join("\n", lines);
    }

    private Keyboard keyboard(Turn turn, EvaluationDraft draft) {
        String nonce = draft.nonce();
        Keyboard.Button back = action(turn, "evaluation.back", nonce, Action.BACK);
        Keyboard.Button cancel = action(turn, "evaluation.cancel", nonce, Action.CANCEL);
        return switch (draft.step()) {
            case WORK -> ratings(turn, nonce, Action.WORK, List.of(cancel));
            case BEHAVIOUR -> ratings(turn, nonce, Action.BEHAVIOUR, List.of(back, cancel));
            case FEEDBACK -> new Keyboard(List.of(feedbackChoices(turn, draft), List.of(back, cancel)));
            case CONFIRM -> new Keyboard(List.of(
                    List.of(action(turn, "evaluation.submit", nonce, Action.SUBMIT)),
                    List.of(back, cancel)));
        };
    }

    private static Keyboard.Button action(Turn turn, String label, String nonce, Action action) {
        return Keyboard.Button.tap(turn.text(label), EvaluationCallback.Step.of(nonce, action).encode());
    }

    /** Keep or clear the feedback there is, or skip when there is none; nothing to tap when it must be typed. */
    private static List<Keyboard.Button> feedbackChoices(Turn turn, EvaluationDraft draft) {
        List<Keyboard.Button> choices = new ArrayList<>();
        if (draft.hasFeedback()) {
            if (draft.feedbackKeepable()) {
                choices.add(action(turn, "evaluation.keep_feedback", draft.nonce(), Action.KEEP));
            }
            if (!draft.feedbackRequired()) {
                choices.add(action(turn, "evaluation.clear_feedback", draft.nonce(), Action.CLEAR));
            }
        } else if (!draft.feedbackRequired()) {
            choices.add(action(turn, "evaluation.skip", draft.nonce(), Action.SKIP));
        }
        return choices;
    }

    /** One rating per row: the labels are long and must stay readable on a phone. */
    private static Keyboard ratings(Turn turn, String nonce, Action rated, List<Keyboard.Button> lastRow) {
        List<List<Keyboard.Button>> rows = new ArrayList<>();
        for (Rating rating : List.of(Rating.ABOVE, Rating.MEETS, Rating.BELOW)) {
            rows.add(List.of(Keyboard.Button.tap(turn.text(rating.textKey()),
                    new EvaluationCallback.Step(nonce, rated, rating).encode())));
        }
        rows.add(lastRow);
        return new Keyboard(rows);
    }

    private Optional<EvaluationDraft> draft(Turn turn) {
        return conversations.current(turn.userId())
                .filter(state -> STATE.equals(state.name()))
                .map(state -> EvaluationDraft.fromJson(state.data()));
    }

    private void save(Turn turn, EvaluationDraft draft) {
        conversations.enter(turn.userId(), STATE, draft.json());
    }

    static String refusalText(Turn turn, EvaluationRefusal refusal) {
        return turn.text("evaluation.refused_" + refusal.name().toLowerCase(java.util.Locale.ROOT));
    }
}
