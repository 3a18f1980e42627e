/** Anonymous peer teamwork ratings: rater pseudonyms, anonymity threshold, prompts, frozen aggregates. */
package id.kinerja.peer;
