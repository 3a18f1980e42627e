package id.kinerja.survey;

import java.time.LocalDate;
import java.util.Map;

/**
 * One citizen's finished survey as it is stored: no person, no time of day. {@code service} is the
 * configured key, '' when the unit has no services; {@code suggestion} is null when none was given.
 */
public record CompletedSurvey(long unitId, String service, LocalDate day, RespondentProfile profile,
                              Map<SurveyElement, Integer> scores, String suggestion) {

    public CompletedSurvey {
        service = service == null ? "" : service;
        if (scores.size() != SurveyElement.COUNT) {
            throw new IllegalArgumentException("a completed survey answers all nine elements, not " + scores.size());
        }
        scores.values().forEach(score -> {
            if (score < 1 || score > 4) {
                throw new IllegalArgumentException("an SKM answer scores 1 to 4, not " + score);
            }
        });
        scores = Map.copyOf(scores);
        profile = profile == null ? RespondentProfile.SKIPPED : profile;
    }
}
