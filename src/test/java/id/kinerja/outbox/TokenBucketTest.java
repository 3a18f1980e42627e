package id.kinerja.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long MS = 1_000_000L;

    @Test
    void starts_full_then_paces_at_the_rate() {
        TokenBucket bucket = new TokenBucket(25, 1, 0);

        assertThat(bucket.tryAcquire(0)).isZero();
        assertThat(bucket.tryAcquire(0)).isBetween(40 * MS - 10, 40 * MS + 10);
        assertThat(bucket.tryAcquire(39 * MS)).isBetween(1 * MS - 10, 1 * MS + 10);
        assertThat(bucket.tryAcquire(40 * MS)).isZero();
        assertThat(bucket.tryAcquire(40 * MS)).isPositive();
    }

    @Test
    void never_more_than_capacity_plus_rate_in_any_second() {
        TokenBucket bucket = new TokenBucket(25, 2, 0);
        long now = 0;
        int granted = 0;
        java.util.ArrayDeque<Long> window = new java.util.ArrayDeque<>();
        int maxInWindow = 0;
        while (now < 5_000 * MS) {
            long wait = bucket.tryAcquire(now);
            if (wait == 0) {
                granted++;
                window.addLast(now);
                while (window.peekFirst() <= now - 1_000 * MS) {
                    window.removeFirst();
                }
                maxInWindow = Math.max(maxInWindow, window.size());
            } else {
                now += Math.min(wait, 7 * MS);
            }
        }
        assertThat(maxInWindow).isLessThanOrEqualTo(27);
        assertThat(granted).isBetween(125, 127);
    }

    @Test
    void an_idle_bucket_holds_no_more_than_its_capacity() {
        TokenBucket bucket = new TokenBucket(10, 3, 0);
        long later = 60_000 * MS;

        assertThat(bucket.tryAcquire(later)).isZero();
        assertThat(bucket.tryAcquire(later)).isZero();
        assertThat(bucket.tryAcquire(later)).isZero();
        assertThat(bucket.tryAcquire(later)).isBetween(100 * MS - 10, 100 * MS + 10);
    }

    @Test
    void rejects_nonsense() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(5, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
