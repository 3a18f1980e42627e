/** Periods and their lock, indicators, evaluations, ratings, predicates; their imports, the recap, scores, feedback. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "audit", "text", "calendar", "spreadsheet"})
@OwnsTables({"appraisal_period", "evaluation", "indicator"})
package id.kinerja.appraisal;

import id.kinerja.OwnsTables;
