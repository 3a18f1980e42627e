package id.kinerja.outbox;

import java.time.Duration;

/**
 * Exponential backoff: after the n-th failed attempt the next one waits {@code base * 2^(n-1)}, capped at
 * {@code max}; after {@code maxAttempts} failed attempts the message is given up.
 */
record Backoff(Duration base, Duration max, int maxAttempts) {

    /** Whether a message that has now failed {@code attempts} times is given up. */
    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts start at 1: " + attempts);
        }
        int doublings = attempts - 1;
        if (doublings >= 62 || base.toMillis() > (max.toMillis() >> doublings)) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
