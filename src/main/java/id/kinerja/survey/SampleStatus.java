package id.kinerja.survey;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.OptionalLong;

/**
 * Whether enough citizens answered (docs/DOMAIN.md §8): the responses against the minimum sample of the unit's
 * yearly service users. The minimum is a yearly one and is never scaled down: a quarter or a month shows the
 * responses of that period against the yearly minimum, so "tercapai" means the period alone reached what the
 * regulation asks of a year. A warning, never a block.
 *
 * @param minimum empty when the yearly number of service users is not configured
 */
public record SampleStatus(long responses, OptionalLong minimum, boolean reached) {

    public static SampleStatus of(long responses, OptionalLong yearlyUsers) {
        OptionalLong minimum = yearlyUsers.isPresent() ? OptionalLong.of(SampleSize.minimum(yearlyUsers.getAsLong()))
                : OptionalLong.empty();
        return new SampleStatus(responses, minimum, minimum.isPresent() && responses >= minimum.getAsLong());
    }

    /** "tercapai (n dari S)", "belum (n dari S)" or, without a minimum, "tidak diketahui (n responden)"; plain text. */
    public String text(Texts texts, Language language) {
        if (minimum.isEmpty()) {
            return texts.get(language, "survey_report.sample.unknown", "responses", responses);
        }
        return texts.get(language, reached ? "survey_report.sample.reached" : "survey_report.sample.not_reached",
                "responses", responses, "minimum", minimum.getAsLong());
    }
}
