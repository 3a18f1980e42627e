/** Periods, indicators, evaluations, ratings and the predicate matrix; score and feedback queries. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "employee", "audit", "text", "calendar"})
@OwnsTables({"appraisal_period", "evaluation", "indicator"})
package id.kinerja.appraisal;

import id.kinerja.OwnsTables;
