package id.kinerja.survey;

import java.util.List;

/**
 * The whole office (every unit's responses together) for a period. Its minimum sample is taken from the sum of
 * the yearly service users configured for its units (empty when no unit has one).
 */
public record OfficeIndex(SurveyPeriod period, long responses, IkmScore score, SampleStatus sample,
                          List<IkmScore.ElementScore> weakest) {

    public OfficeIndex {
        weakest = List.copyOf(weakest);
    }
}
