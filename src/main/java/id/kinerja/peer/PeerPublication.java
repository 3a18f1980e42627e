package id.kinerja.peer;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published snapshot per ratee and open period: average, count and comments move only in steps of
 * at least the threshold of new or changed ratings, so neither a new rating nor a changed one can be
 * read off the difference between two snapshots. At close-period the frozen aggregate takes over.
 */
@Component
class PeerPublication {

    record Ratee(long periodId, long rateeId) {}

    private final JdbcClient jdbc;
    private final PeerProperties properties;

    PeerPublication(JdbcClient jdbc, PeerProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Counts the new or changed ratings per ratee; refreshes a snapshot once enough accumulated. */
    void changed(Map<Ratee, Integer> changes) {
        changes.forEach((ratee, count) -> {
            int pending = jdbc.sql("""
                            insert into peer_published as p (period_id, ratee_id, pending_changes) values (?, ?, ?)
                            on conflict (period_id, ratee_id) do update set pending_changes = p.pending_changes + excluded.pending_changes
                            returning pending_changes""")
                    .params(ratee.periodId(), ratee.rateeId(), count).query(Integer.class).single();
            if (pending >= properties.threshold()) {
                jdbc.sql("""
                                update peer_published p
                                   set rater_count = a.raters, average = a.average, comments = a.comments, pending_changes = 0
                                  from (select count(*) as raters, round(avg(stars), 2) as average,
                                               coalesce(array_agg(comment order by comment) filter (where comment is not null),
                                                        '{}') as comments
                                          from peer_rating where period_id = :period and ratee_id = :ratee) a
                                 where p.period_id = :period and p.ratee_id = :ratee""")
                        .param("period", ratee.periodId()).param("ratee", ratee.rateeId()).update();
            }
        });
    }
}
