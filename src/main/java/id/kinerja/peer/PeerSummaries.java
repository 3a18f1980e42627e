package id.kinerja.peer;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Peer results about one person, for that person and their supervisor (SPEC §2.4): empty below the
 * anonymity threshold — no average, no count, no comments. The caller decides who is looking; this
 * only decides what may be shown at all. A closed period is read from its frozen aggregate.
 */
@Service
public class PeerSummaries {

    private final JdbcClient jdbc;
    private final PeerProperties properties;

    PeerSummaries(JdbcClient jdbc, PeerProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Optional<PeerSummary> forRatee(long employeeId, long periodId) {
        // one round trip, exactly one row: the frozen aggregate if the period was closed, else the live
        // ratings (HAVING without GROUP BY drops the live row whenever a frozen one exists)
        return jdbc.sql("""
                        select rater_count as raters, average, comments
                          from peer_aggregate where ratee_id = :ratee and period_id = :period
                        union all
                        select count(*), avg(stars),
                               array_agg(comment order by comment) filter (where comment is not null)
                          from peer_rating where ratee_id = :ratee and period_id = :period
                        having not exists (select 1 from peer_aggregate where ratee_id = :ratee and period_id = :period)""")
                .param("ratee", employeeId).param("period", periodId)
                .query((rs, n) -> summary(rs.getInt("raters"), rs.getBigDecimal("average"), rs.getArray("comments")))
                .single();
    }

    /** The anonymity threshold in force. */
    public int threshold() {
        return properties.threshold();
    }

    private Optional<PeerSummary> summary(int raters, BigDecimal average, Array comments) throws java.sql.SQLException {
        if (raters < properties.threshold() || average == null) {
            return Optional.empty();
        }
        List<String> texts = comments == null ? List.of() : Arrays.stream((Object[]) comments.getArray())
                .map(String::valueOf).toList();
        return Optional.of(new PeerSummary(average, raters, texts));
    }
}
