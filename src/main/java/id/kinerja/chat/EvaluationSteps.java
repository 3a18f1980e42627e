package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.EvaluationRefusal;
import id.kinerja.appraisal.FeedbackRule;
import id.kinerja.chat.EvaluationCallback.Action;
import id.kinerja.text.Keyboard;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The draft step by step (@@docs/SPEC.md §2.3): a tap on the card moves the draft (rating, back, skip, keep or
 * clear the feedback, cancel) and redraws the card in place; feedback is typed as a message and answered with
 * a new card. Submit on the confirmation goes to {@link EvaluationSubmit}.
 */
@Component
class EvaluationSteps {

    private final EvaluatingReport evaluating;
    private final ConversationStore conversations;
    private final EvaluationDrafts drafts;
    private final EvaluationCard card;
    private final EvaluationSubmit submit;

    EvaluationSteps(EvaluatingReport evaluating, ConversationStore conversations, EvaluationDrafts drafts,
                    EvaluationCard card, EvaluationSubmit submit) {
        this.evaluating = evaluating;
        this.conversations = conversations;
        this.drafts = drafts;
        this.card = card;
        this.submit = submit;
    }

    /** {@link EvaluationCallback.Step}: a step of the draft in progress, named by its nonce. */
    boolean step(Turn turn, EvaluationCallback.Step tapped) {
        Optional<EvaluationDraft> current = drafts.current(turn);
        if (turn.me().isEmpty() || current.isEmpty() || !current.get().nonce().equals(tapped.nonce())) {
            return false;
        }
        EvaluationDraft draft = current.get();
        Optional<EvaluationRefusal> refusal = evaluating.refusal(turn.me().get(), draft.reportId(), draft.periodId());
        if (refusal.isPresent()) {
            conversations.clear(turn.userId());
            turn.answer(EvaluationScreens.refusalText(turn, refusal.get()), true);
            turn.show(EvaluationScreens.refusalText(turn, refusal.get()), Keyboard.NONE);
            return true;
        }
        Optional<EvaluationDraft> next = advance(draft, tapped);
        if (tapped.action() == Action.CANCEL) {
            conversations.clear(turn.userId());
            turn.show(turn.text("evaluation.cancelled"), Keyboard.NONE);
        } else if (tapped.action() == Action.SUBMIT && draft.step() == EvaluationDraft.Step.CONFIRM) {
            submit.submit(turn, draft);
        } else if (next.isPresent()) {
            drafts.save(turn, next.get().shownIn(turn.tappedMessageId()));
            turn.show(card.text(turn, next.get()), card.keyboard(turn, next.get()));
        } else {
            return false;
        }
        return true;
    }

    /** Free text while the draft waits for feedback; feedback that breaks the rule is explained, the draft stays. */
    void text(Turn turn, String text) {
        Optional<EvaluationDraft> draft = drafts.current(turn);
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
                        "max", EvaluationScreens.MAX_FEEDBACK);
                case CONTROL_CHARACTER -> turn.text("evaluation.feedback_control_character",
                        "character", problem.get().character());
                case REQUIRED -> turn.text("evaluation.feedback_empty");
            });
        } else {
            EvaluationDraft next = draft.get().withFeedback(feedback).inNewMessage();
            turn.removeButtons(draft.get().messageId());
            drafts.save(turn, next);
            drafts.sendCard(turn, next);
        }
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
}
