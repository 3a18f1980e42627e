package id.kinerja.peer;

import java.math.BigDecimal;
import java.sql.Array;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Peer results about one person, for that person and their supervisor (docs/SPEC.md §2.4): empty below the
 * anonymity threshold — no average, no count, no comments. The caller decides who is looking; this
 * only decides what may be shown at all. An open period is read from its published step
 * ({@link PeerPublication}), a closed one from its frozen aggregate.
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
        // the frozen aggregate if the period was closed, else the last published step (never the live ratings)
        return jdbc.sql("""
                        select rater_count as raters, average, comments
                          from peer_aggregate where ratee_id = :ratee and period_id = :period
                        union all
                        select rater_count, average, comments
                          from peer_published where ratee_id = :ratee and period_id = :period and rater_count is not null
                           and not exists (select 1 from peer_aggregate where ratee_id = :ratee and period_id = :period)""")
                .param("ratee", employeeId).param("period", periodId)
                .query((rs, n) -> summary(rs.getInt("raters"), rs.getBigDecimal("average"), rs.getArray("comments")))
                .list().stream().findFirst().flatMap(s -> s);
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
