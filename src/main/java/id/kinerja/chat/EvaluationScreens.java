package id.kinerja.chat;

import id.kinerja.appraisal.EvaluatingReport;
import id.kinerja.appraisal.EvaluationRefusal;
import id.kinerja.appraisal.FeedbackRule;
import org.springframework.stereotype.Component;

/**
 * Evaluating a report inside the chat (@@docs/SPEC.md §2.3): summary card with the work-result rating →
 * behaviour rating → feedback (required with a BELOW) → confirmation with the computed predicate →
 * submit, with back and cancel at every step; then the next pending report is offered. The router's entry
 * point: opening a card ({@link EvaluationOpening}), the steps of the draft ({@link EvaluationSteps}) and
 * the submit ({@link EvaluationSubmit}); the card is drawn by {@link EvaluationCard} and the draft kept by
 * {@link EvaluationDrafts}.
 */
@Component
class EvaluationScreens {

    static final String STATE = EvaluationDrafts.STATE;
    static final int MAX_FEEDBACK = FeedbackRule.MAX_LENGTH;

    private final EvaluatingReport evaluating;
    private final ConversationStore conversations;
    private final EvaluationOpening opening;
    private final EvaluationSteps steps;

    EvaluationScreens(EvaluatingReport evaluating, ConversationStore conversations, EvaluationOpening opening,
                      EvaluationSteps steps) {
        this.evaluating = evaluating;
        this.conversations = conversations;
        this.opening = opening;
        this.steps = steps;
    }

    /** {@link EvaluationCallback.Open} from a prompt, /tugas or /tim. */
    boolean open(Turn turn, EvaluationCallback.Open tapped) {
        return opening.open(turn, tapped);
    }

    /** {@link EvaluationCallback.Step}: a step of the draft in progress, named by its nonce. */
    boolean step(Turn turn, EvaluationCallback.Step tapped) {
        return steps.step(turn, tapped);
    }

    /** Free text while the draft waits for feedback; feedback that breaks the rule is explained, the draft stays. */
    void text(Turn turn, String text) {
        steps.text(turn, text);
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

    static String refusalText(Turn turn, EvaluationRefusal refusal) {
        if (refusal == EvaluationRefusal.UNDER_OBJECTION) {
            return turn.text("objection.evaluation_refused");
        }
        if (refusal == EvaluationRefusal.DECIDED_BY_OBJECTION) {
            return turn.text("objection.evaluation_decided");
        }
        return turn.text("evaluation.refused_" + refusal.name().toLowerCase(java.util.Locale.ROOT));
    }
}
