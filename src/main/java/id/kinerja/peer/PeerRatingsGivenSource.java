package id.kinerja.peer;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Periods;
import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The peer ratings a person GAVE, for their data copy ({@code peer_ratings_given}): per period only how many
 * colleagues they rated and how many of those ratings carry a comment. Never whom, never the stars, never the
 * comment's text; ratings received are not here at all (their raters are anonymous, UU 27/2022 Pasal 33; what the
 * person may see about them is in /skor once the threshold is met).
 *
 * <p>Why a count per period reveals no ballot: it is computed only when the rater asks, from their own pseudonym
 * (which needs the installation secret), and goes only to the rater's private chat — it is never stored or logged
 * (the audit row of the copy names the sections, not their contents). It is per period, not per time, so it does not
 * tell when a rating was cast; it counts the rater's pending ballots too, so it does not change when the ballot job
 * writes them and cannot be used to time a batch. Without whom or how, a count tells nobody anything about a
 * colleague; at most, when it equals the number of colleagues in the unit, that the rater rated them all, which is
 * the rater's own conduct and known to them anyway.
 */
@Component
class PeerRatingsGivenSource implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final Periods periods;
    private final RaterPseudonyms pseudonyms;
    private final PeerBallots ballots;

    PeerRatingsGivenSource(JdbcClient jdbc, Periods periods, RaterPseudonyms pseudonyms, PeerBallots ballots) {
        this.jdbc = jdbc;
        this.periods = periods;
        this.pseudonyms = pseudonyms;
        this.ballots = ballots;
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        TreeSet<Long> periodIds = new TreeSet<>(jdbc.sql("select distinct period_id from peer_rating")
                .query(Long.class).list());
        periods.open().forEach(p -> periodIds.add(p.id()));
        List<List<Object>> rows = new ArrayList<>();
        for (long periodId : periodIds) {
            String pseudonym = pseudonyms.of(employeeId, periodId);
            Map<Long, Boolean> commented = new HashMap<>();
            jdbc.sql("select ratee_id, comment is not null as commented from peer_rating where period_id = ? and rater_pseudonym = ?")
                    .params(periodId, pseudonym)
                    .query(rs -> {
                        commented.put(rs.getLong("ratee_id"), rs.getBoolean("commented"));
                    });
            ballots.pendingOf(pseudonym, periodId).forEach((ratee, ballot) -> commented.put(ratee, ballot.comment() != null));
            if (commented.isEmpty()) {
                continue;
            }
            Optional<Period> period = periods.byId(periodId);
            rows.add(List.of(period.map(Period::code).orElse(String.valueOf(periodId)), (long) commented.size(),
                    commented.values().stream().filter(Boolean::booleanValue).count()));
        }
        return List.of(new PersonalDataSection("peer_ratings_given", List.of("period", "ratings_given",
                "with_comment"), rows));
    }
}
