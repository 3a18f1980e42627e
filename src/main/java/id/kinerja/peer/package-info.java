/** Anonymous peer teamwork ratings: rater pseudonyms, anonymity threshold, prompts, frozen aggregates. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "appraisal", "employee", "calendar", "outbox", "account", "text"})
package id.kinerja.peer;
