package id.kinerja.survey;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Requester;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Citizens' suggestions and complaints: the daily digest's new ones, the follow-up of each. */
@Repository
public class SurveySuggestions {

    /** At most this many characters of a follow-up note. */
    public static final int MAX_NOTE = 1000;

    private static final String SELECT = """
            select id, unit_id, service, answered_on, text, followed_up_at, followed_up_by, follow_up_note
              from survey_suggestion""";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    SurveySuggestions(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Suggestion> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(SurveySuggestions::map).optional();
    }

    /** The unit's suggestions not followed up yet, newest day first, at most {@code limit}. */
    public List<Suggestion> open(long unitId, int limit) {
        return jdbc.sql(SELECT + " where unit_id = ? and followed_up_at is null order by answered_on desc, id limit ?")
                .params(unitId, limit).query(SurveySuggestions::map).list();
    }

    public long countOpen(long unitId) {
        return jdbc.sql("select count(*) from survey_suggestion where unit_id = ? and followed_up_at is null")
                .param(unitId).query(Long.class).single();
    }

    /** Units with suggestions no digest has carried yet. */
    List<Long> unitsWithUndigested() {
        return jdbc.sql("select distinct unit_id from survey_suggestion where not digested order by unit_id")
                .query(Long.class).list();
    }

    List<Suggestion> undigested(long unitId) {
        return jdbc.sql(SELECT + " where unit_id = ? and not digested order by answered_on, id")
                .param(unitId).query(SurveySuggestions::map).list();
    }

    void markDigested(Collection<UUID> ids) {
        for (UUID id : ids) {
            jdbc.sql("update survey_suggestion set digested = true where id = ?").param(id).update();
        }
    }

    /**
     * Marks the suggestion followed up with the note, audited; false when it already was (the first note stays)
     * or is gone.
     */
    public boolean followUp(UUID id, Employee by, String note, Instant at) {
        boolean marked = jdbc.sql("""
                        update survey_suggestion set followed_up_at = ?, followed_up_by = ?, follow_up_note = ?
                         where id = ? and followed_up_at is null""")
                .params(Timestamp.from(at), by.id(), note, id).update() == 1;
        if (marked) {
            audit.record(Requester.of(by).auditActor(), "survey.follow_up", "suggestion:" + id, null);
        }
        return marked;
    }

    private static Suggestion map(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("followed_up_at");
        return new Suggestion(rs.getObject("id", UUID.class), rs.getLong("unit_id"), rs.getString("service"),
                rs.getDate("answered_on").toLocalDate(), rs.getString("text"), at == null ? null : at.toInstant(),
                (Long) rs.getObject("followed_up_by"), rs.getString("follow_up_note"));
    }
}
