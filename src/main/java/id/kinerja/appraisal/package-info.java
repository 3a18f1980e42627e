/** Periods, indicators, evaluations, ratings and the predicate matrix; score and feedback queries. */
@OwnsTables({"appraisal_period", "evaluation", "indicator"})
package id.kinerja.appraisal;

import id.kinerja.OwnsTables;
