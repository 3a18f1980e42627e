package id.kinerja.outbox;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The send rate every instance shares ({@code outbox_send_rate}): Telegram's limits are the bot's, not one
 * instance's, so the token bucket and the pause after a 429 live in the database.
 */
@Component
class SendRate {

    private final JdbcClient jdbc;

    SendRate(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a send token from the bucket every instance shares: refilled at {@code ratePerSecond} by the
     * database's clock, holding one token at most (no bursts), and closed while a 429's pause lasts. Returns zero
     * when a token was taken, else how long to wait before asking again.
     */
    Duration takeSendToken(double ratePerSecond) {
        double waitSeconds = jdbc.sql("""
                        with bucket as (
                            select least(1, r.tokens + extract(epoch from (n.at - r.refreshed_at)) * :rate)
                                       as available,
                                   coalesce(r.paused_until > n.at, false) as paused, r.paused_until, n.at
                              from outbox_send_rate r
                                   -- never before the last refill: a time read before waiting for another
                                   -- instance's lock would otherwise move the refill back and mint tokens
                                   cross join lateral (select greatest(clock_timestamp(), r.refreshed_at) as at) n
                             where r.id = 1
                               for update of r)
                        update outbox_send_rate r
                           set tokens = case when not b.paused and b.available >= 1 then b.available - 1
                                             else b.available end,
                               refreshed_at = b.at
                          from bucket b
                         where r.id = 1
                        returning case when b.paused then extract(epoch from (b.paused_until - b.at))
                                       when b.available >= 1 then 0
                                       else (1 - b.available) / :rate end""")
                .param("rate", ratePerSecond)
                .query(Double.class).single();
        return waitSeconds <= 0 ? Duration.ZERO : Duration.ofNanos(Math.max(1, (long) Math.ceil(waitSeconds * 1e9)));
    }

    /** After a 429: no instance takes a send token for this long. */
    void pauseSending(Duration delay) {
        jdbc.sql("""
                        update outbox_send_rate
                           set paused_until = greatest(paused_until, clock_timestamp() + make_interval(secs => ?))
                         where id = 1""")
                .param(delay.toMillis() / 1000.0)
                .update();
    }
}
