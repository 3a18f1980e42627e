package id.kinerja.peer;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ballot box between a rater's tap and {@code peer_rating}. A tap only casts a sealed ballot (in
 * the update's transaction, which also touches the rater's account: that transaction must write
 * nothing a dump could read as whom or what was rated). Ballots are opened and written as ratings
 * only in transactions of their own, in shuffled batches of ratings from at least the threshold of
 * distinct raters; the ballots are deleted in the transaction that writes their ratings, so none is
 * lost. Rows carry no timestamp and no sequence, so neither order nor time tells which rater
 * wrote which rating within a batch.
 *
 * <p>At close-period the remaining ballots of the period are written whatever their number: the
 * period is final. That last batch is written inside the closing transaction (the HR person's, never
 * a rater's), shuffled like every batch, so it too is linkable only to "the raters who had not been
 * written yet".
 */
@Service
class PeerBallots {

    private final JdbcClient jdbc;
    private final BallotSeal seal;
    private final PeerProperties properties;
    private final PeerPublication publication;
    private final SecureRandom random = new SecureRandom();

    PeerBallots(JdbcClient jdbc, BallotSeal seal, PeerProperties properties, PeerPublication publication) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.properties = properties;
        this.publication = publication;
    }

    void cast(long periodId, long rateeId, String pseudonym, int stars, String comment) {
        byte[] sealed = seal.seal(new Ballot(periodId, rateeId, pseudonym, stars, comment, BallotSeal.nextCastAt()));
        jdbc.sql("insert into peer_ballot (id, sealed) values (?, ?)").params(UUID.randomUUID(), sealed).update();
    }

    /** The rater's pending choices (the last ballot per ratee), opened for the rater's own screens only. */
    Map<Long, Ballot> pendingOf(String pseudonym, long periodId) {
        Map<Long, Ballot> latest = new HashMap<>();
        for (Ballot b : openAll(false).values()) {
            if (b.periodId() == periodId && b.pseudonym().equals(pseudonym)) {
                latest.merge(b.rateeId(), b, (x, y) -> x.castAt() >= y.castAt() ? x : y);
            }
        }
        return latest;
    }

    /**
     * The job's step, in a transaction of its own: writes every pending ballot once their ratings come
     * from at least the threshold of distinct raters (per period); otherwise leaves them pending.
     * Returns the number of ratings written.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int writePending() {
        Map<UUID, Ballot> ballots = openAll(true);
        Map<Long, List<UUID>> byPeriod = new HashMap<>();
        ballots.forEach((id, b) -> byPeriod.computeIfAbsent(b.periodId(), p -> new ArrayList<>()).add(id));
        int written = 0;
        for (List<UUID> ids : byPeriod.values()) {
            Set<String> raters = new HashSet<>();
            ids.forEach(id -> raters.add(ballots.get(id).pseudonym()));
            if (raters.size() >= properties.threshold()) {
                written += write(ids, ballots);
            }
        }
        return written;
    }

    /** At close-period, inside the closing transaction: writes every remaining ballot of the period. */
    int flush(long periodId) {
        Map<UUID, Ballot> ballots = openAll(true);
        List<UUID> ids = ballots.entrySet().stream().filter(e -> e.getValue().periodId() == periodId)
                .map(Map.Entry::getKey).toList();
        return write(ids, ballots);
    }

    /** Ballots that cannot be opened (sealed under another secret) are left alone and not counted. */
    private Map<UUID, Ballot> openAll(boolean lock) {
        Map<UUID, Ballot> opened = new LinkedHashMap<>();
        jdbc.sql("select id, sealed from peer_ballot" + (lock ? " for update" : ""))
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    seal.open(rs.getBytes("sealed")).ifPresent(b -> opened.put(id, b));
                });
        return opened;
    }

    private int write(List<UUID> ids, Map<UUID, Ballot> ballots) {
        Map<Ballot.Key, Ballot> latest = new HashMap<>();
        for (UUID id : ids) {
            Ballot b = ballots.get(id);
            latest.merge(b.key(), b, (x, y) -> x.castAt() >= y.castAt() ? x : y);
        }
        List<Ballot> shuffled = new ArrayList<>(latest.values());
        Collections.shuffle(shuffled, random);
        Map<PeerPublication.Ratee, Integer> changes = new HashMap<>();
        for (Ballot b : shuffled) {
            if (upsert(b)) {
                changes.merge(new PeerPublication.Ratee(b.periodId(), b.rateeId()), 1, Integer::sum);
            }
        }
        for (UUID id : ids) {
            jdbc.sql("delete from peer_ballot where id = ?").param(id).update();
        }
        publication.changed(changes);
        return shuffled.size();
    }

    /** True when the rating is new or differs from the one stored. */
    private boolean upsert(Ballot b) {
        return jdbc.sql("""
                        insert into peer_rating as r (period_id, ratee_id, rater_pseudonym, stars, comment)
                        values (?, ?, ?, ?, ?)
                        on conflict (period_id, ratee_id, rater_pseudonym)
                        do update set stars = excluded.stars, comment = excluded.comment
                         where (r.stars, r.comment) is distinct from (excluded.stars, excluded.comment)""")
                .params(b.periodId(), b.rateeId(), b.pseudonym(), b.stars(), b.comment()).update() == 1;
    }
}
