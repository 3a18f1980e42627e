/** Anonymous peer teamwork ratings: rater pseudonyms, anonymity threshold, prompts, frozen aggregates. */
@OwnsTables({"peer_aggregate", "peer_ballot", "peer_published", "peer_rating"})
package id.kinerja.peer;

import id.kinerja.OwnsTables;
