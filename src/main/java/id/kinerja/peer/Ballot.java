package id.kinerja.peer;

/**
 * The content of one sealed ballot: the rater's whole rating of one colleague as of {@code castAt}
 * (a monotonic counter inside the ciphertext, so the last ballot of a rater and ratee wins).
 * {@code comment} is null when the rating has none.
 */
record Ballot(long periodId, long rateeId, String pseudonym, int stars, String comment, long castAt) {

    record Key(long periodId, long rateeId, String pseudonym) {}

    Key key() {
        return new Key(periodId, rateeId, pseudonym);
    }
}
