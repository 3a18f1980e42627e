/** Periods and their lock, indicators, evaluations, ratings, predicates; their imports, the recap, scores, feedback; objections (keberatan). */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"employee", "audit", "text", "calendar", "spreadsheet"})
@OwnsTables({"appraisal_period", "evaluation", "indicator", "objection", "objection_explanation"})
package id.kinerja.appraisal;

import id.kinerja.OwnsTables;
