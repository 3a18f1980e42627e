/** Periods, indicators, evaluations, ratings and the predicate matrix; score and feedback queries. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "employee", "audit", "text", "calendar"})
package id.kinerja.appraisal;
