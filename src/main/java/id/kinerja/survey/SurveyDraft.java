package id.kinerja.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A survey in progress, as its respondent sees it. Kept sealed ({@link SurveySeal}) under a keyed hash of
 * the account, never beside the Telegram id. {@code nonce} names this survey on its buttons, so a button of
 * another (or an earlier) survey changes nothing; {@code step} is the index into {@link #steps()}.
 *
 * @param service      the chosen service's key; null while the respondent has yet to choose it, '' for none
 * @param askService   whether the service is a step of this survey (the unit has several and the QR named none)
 * @param cardMessageId the message the survey is shown in, as the last tap on it told; 0 when not known yet
 */
public record SurveyDraft(String nonce, long unitId, String service, boolean askService, RespondentProfile profile,
                          Map<SurveyElement, Integer> scores, int step, LocalDate startedOn,
                          int cardMessageId) {

    /** What one step asks. */
    public sealed interface Step {
        record Service() implements Step {}
        record Profile(RespondentProfile.Item item) implements Step {}
        record Element(SurveyElement element, int number) implements Step {}
        record Suggestion() implements Step {}
    }

    public SurveyDraft {
        profile = profile == null ? RespondentProfile.SKIPPED : profile;
        scores = scores.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(scores));
    }

    /** The steps of this survey in order: the service (when asked), the four profile items, the nine elements, the suggestion. */
    public List<Step> steps() {
        List<Step> steps = new ArrayList<>(15);
        if (askService) {
            steps.add(new Step.Service());
        }
        for (RespondentProfile.Item item : RespondentProfile.Item.values()) {
            steps.add(new Step.Profile(item));
        }
        int number = 1;
        for (SurveyElement element : SurveyElement.values()) {
            steps.add(new Step.Element(element, number++));
        }
        steps.add(new Step.Suggestion());
        return List.copyOf(steps);
    }

    public Step current() {
        return steps().get(step);
    }

    SurveyDraft at(int newStep) {
        return new SurveyDraft(nonce, unitId, service, askService, profile, scores, newStep, startedOn, cardMessageId);
    }

    SurveyDraft withService(String key) {
        return new SurveyDraft(nonce, unitId, key, askService, profile, scores, step, startedOn, cardMessageId);
    }

    SurveyDraft withProfile(RespondentProfile newProfile) {
        return new SurveyDraft(nonce, unitId, service, askService, newProfile, scores, step, startedOn, cardMessageId);
    }

    SurveyDraft withScore(SurveyElement element, int score) {
        Map<SurveyElement, Integer> changed = new EnumMap<>(SurveyElement.class);
        changed.putAll(scores);
        changed.put(element, score);
        return new SurveyDraft(nonce, unitId, service, askService, profile, changed, step, startedOn, cardMessageId);
    }

    SurveyDraft renamed(String newNonce) {
        return new SurveyDraft(newNonce, unitId, service, askService, profile, scores, step, startedOn, cardMessageId);
    }

    SurveyDraft shownIn(int messageId) {
        return new SurveyDraft(nonce, unitId, service, askService, profile, scores, step, startedOn, messageId);
    }

    boolean complete() {
        return service != null && scores.size() == SurveyElement.COUNT;
    }
}
