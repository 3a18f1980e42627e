package id.kinerja.survey;

import id.kinerja.employee.Unit;
import java.util.List;
import java.util.Optional;

/**
 * One service (jenis layanan) of a unit for a period. There is no sample status: the minimum sample is the
 * unit's, from its yearly service users, and is not split over services.
 *
 * @param serviceKey the stored key, '' for answers given without a service (a unit without configured services)
 * @param service    the configured service; empty for '' and for a key no longer in the configuration
 */
public record ServiceIndex(Unit unit, String serviceKey, Optional<SurveyProperties.Service> service,
                           SurveyPeriod period, long responses, IkmScore score, List<IkmScore.ElementScore> weakest) {

    public ServiceIndex {
        weakest = List.copyOf(weakest);
    }
}
