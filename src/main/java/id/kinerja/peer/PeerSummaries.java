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
        Optional<Optional<PeerSummary>> frozen = jdbc.sql("""
                        select rater_count, average, comments from peer_aggregate where ratee_id = ? and period_id = ?""")
                .params(employeeId, periodId)
                .query((rs, n) -> summary(rs.getInt("rater_count"), rs.getBigDecimal("average"), rs.getArray("comments")))
                .optional();
        if (frozen.isPresent()) {
            return frozen.get();
        }
        return jdbc.sql("""
                        select count(*) as raters, avg(stars) as average,
                               array_agg(comment order by comment) filter (where comment is not null) as comments
                          from peer_rating where ratee_id = ? and period_id = ?""")
                .params(employeeId, periodId)
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
