package id.kinerja.peer;

import id.kinerja.appraisal.PeriodClosed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a period closes, inside the closing transaction: writes the period's remaining ballots (the
 * final batch, whatever its size) and freezes its peer ratings into one aggregate
 * per rated person. A failure here rolls the close back. Ratings themselves stay as they are and can
 * no longer change, because every change requires the period to be OPEN (share-locked).
 */
@Component
class PeerAggregation {

    private final JdbcClient jdbc;
    private final PeerProperties properties;
    private final PeerBallots ballots;

    PeerAggregation(JdbcClient jdbc, PeerProperties properties, PeerBallots ballots) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ballots = ballots;
    }

    @EventListener
    void periodClosed(PeriodClosed closed) {
        ballots.flush(closed.periodId());
        jdbc.sql("""
                        insert into peer_aggregate (ratee_id, period_id, rater_count, average, comments)
                        select ratee_id, period_id, count(*),
                               case when count(*) >= :threshold then round(avg(stars), 2) end,
                               case when count(*) >= :threshold
                                    then coalesce(array_agg(comment order by comment) filter (where comment is not null),
                                                  '{}') end
                          from peer_rating where period_id = :period
                         group by ratee_id, period_id
                        on conflict (ratee_id, period_id) do nothing""")
                .param("threshold", properties.threshold())
                .param("period", closed.periodId())
                .update();
    }
}
