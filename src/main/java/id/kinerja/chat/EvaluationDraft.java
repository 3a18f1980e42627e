package id.kinerja.chat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.appraisal.FeedbackRule;
import id.kinerja.appraisal.Rating;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * An evaluation in progress, kept as conversation state. The nonce changes at every step and is
 * carried by the step's buttons, so a button from an earlier step or message changes nothing.
 */
record EvaluationDraft(String nonce, long reportId, long periodId, Step step, Rating workResult, Rating behaviour,
                       String feedback, int messageId) {

    enum Step { WORK, BEHAVIOUR, FEEDBACK, CONFIRM }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new draft; when the evaluation is being changed, it starts with the feedback already given. */
    static EvaluationDraft start(long reportId, long periodId, String currentFeedback) {
        return new EvaluationDraft(newNonce(), reportId, periodId, Step.WORK, null, null, currentFeedback, 0);
    }

    EvaluationDraft at(Step next) {
        return new EvaluationDraft(newNonce(), reportId, periodId, next, workResult, behaviour, feedback, messageId);
    }

    EvaluationDraft withWorkResult(Rating rating) {
        return new EvaluationDraft(nonce, reportId, periodId, step, rating, behaviour, feedback, messageId)
                .at(Step.BEHAVIOUR);
    }

    EvaluationDraft withBehaviour(Rating rating) {
        return new EvaluationDraft(nonce, reportId, periodId, step, workResult, rating, feedback, messageId)
                .at(Step.FEEDBACK);
    }

    EvaluationDraft withFeedback(String text) {
        return new EvaluationDraft(nonce, reportId, periodId, step, workResult, behaviour, text, messageId)
                .at(Step.CONFIRM);
    }

    /** The message showing this draft, once known (it is learnt from the first tap on it). */
    EvaluationDraft shownIn(int message) {
        return message <= 0 ? this
                : new EvaluationDraft(nonce, reportId, periodId, step, workResult, behaviour, feedback, message);
    }

    /** The draft goes on in a new message (after typed feedback): the next tap tells which. */
    EvaluationDraft inNewMessage() {
        return new EvaluationDraft(nonce, reportId, periodId, step, workResult, behaviour, feedback, 0);
    }

    /** The feedback there is (already given, or typed before going back) goes on unchanged. */
    EvaluationDraft keepingFeedback() {
        return at(Step.CONFIRM);
    }

    boolean hasFeedback() {
        return feedback != null && !feedback.isEmpty();
    }

    /** Whether the feedback there is may go with the ratings as they are now (one stored before the rule may not). */
    boolean feedbackKeepable() {
        return hasFeedback() && FeedbackRule.problem(feedback, workResult, behaviour).isEmpty();
    }

    boolean feedbackRequired() {
        return FeedbackRule.required(workResult, behaviour);
    }

    String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static EvaluationDraft fromJson(String json) {
        try {
            return JSON.readValue(json, EvaluationDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evaluation draft", e);
        }
    }

    private static String newNonce() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
