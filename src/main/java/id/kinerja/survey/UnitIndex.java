package id.kinerja.survey;

import id.kinerja.employee.Unit;
import java.util.List;

/**
 * A unit's index for a period, its own responses only (not its sub-units'): what /ikm shows for one unit.
 *
 * @param weakest the three answered elements with the lowest NRR, lowest first (fewer when fewer are answered)
 */
public record UnitIndex(Unit unit, SurveyPeriod period, long responses, IkmScore score, SampleStatus sample,
                        List<IkmScore.ElementScore> weakest) {

    public UnitIndex {
        weakest = List.copyOf(weakest);
    }

    static UnitIndex of(Unit unit, SurveyPeriod period, IkmScore score, SampleStatus sample) {
        return new UnitIndex(unit, period, score.responses(), score, sample, score.weakest(SurveyIndex.WEAKEST));
    }
}
