/** Periods and their lock, indicators, evaluations, ratings, predicates; their imports, the recap, scores, feedback. */
package id.kinerja.appraisal;
