/** Periods, indicators, evaluations, ratings and the predicate matrix; score and feedback queries. */
package id.kinerja.appraisal;
