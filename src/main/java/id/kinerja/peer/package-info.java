/** Anonymous peer teamwork ratings: rater pseudonyms, anonymity threshold, prompts, frozen aggregates. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "appraisal", "employee", "calendar", "outbox", "account", "text", "secret", "schedule", "audit"})
@OwnsTables({"peer_aggregate", "peer_ballot", "peer_published", "peer_rating"})
package id.kinerja.peer;

import id.kinerja.OwnsTables;
