package id.kinerja.outbox;

/**
 * A token bucket: {@code capacity} tokens, refilled at {@code ratePerSecond}. At most
 * {@code capacity + ratePerSecond * t} acquisitions succeed in any interval of length t. Time is
 * passed in (nanoseconds from any fixed origin, e.g. {@link System#nanoTime()}), so it is pure and testable.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    TokenBucket(double ratePerSecond, int capacity, long nowNanos) {
        if (ratePerSecond <= 0 || capacity < 1) {
            throw new IllegalArgumentException("rate must be positive and capacity at least 1");
        }
        this.ratePerNano = ratePerSecond / NANOS_PER_SECOND;
        this.capacity = capacity;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes a token and returns 0, or takes nothing and returns how many nanoseconds until one is there. */
    synchronized long tryAcquire(long nowNanos) {
        if (nowNanos > lastRefill) {
            tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) * ratePerNano);
            lastRefill = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano));
    }
}
