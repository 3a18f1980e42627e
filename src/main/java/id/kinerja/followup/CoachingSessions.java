package id.kinerja.followup;

import id.kinerja.appraisal.Predicate;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code coaching_session} and {@code coaching_feedback}. */
@Repository
class CoachingSessions {

    private static final String SELECT = """
            select id, employee_id, supervisor_id, period_id, predicate, kind, session_date, focus, status,
                   outcome_note, requested_on, created_at, updated_at
              from coaching_session""";

    private final JdbcClient jdbc;

    CoachingSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CoachingSession> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CoachingSessions::map).optional();
    }

    /** The row locked for a change, so two taps at once cannot both move it. */
    Optional<CoachingSession> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(CoachingSessions::map).optional();
    }

    Optional<CoachingSession> request(long employeeId, long periodId) {
        return jdbc.sql(SELECT + " where employee_id = ? and period_id = ? and predicate is not null")
                .params(employeeId, periodId).query(CoachingSessions::map).optional();
    }

    /** A new request for a plan (status UNPLANNED); empty when the report already has one for the period. */
    Optional<Long> insertRequest(long employeeId, long supervisorId, long periodId, Predicate predicate,
                                 LocalDate today, Instant now) {
        return jdbc.sql("""
                        insert into coaching_session (employee_id, supervisor_id, period_id, predicate, status,
                                                      requested_on, created_at, updated_at)
                        values (?, ?, ?, ?, 'UNPLANNED', ?, ?, ?)
                        on conflict (employee_id, period_id) where predicate is not null do nothing
                        returning id""")
                .params(employeeId, supervisorId, periodId, predicate.name(), Date.valueOf(today),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** A request answered by a later low predicate of the same period: asked again (not cancelled any more). */
    void reopenRequest(long id, long supervisorId, Predicate predicate, LocalDate today, Instant now) {
        jdbc.sql("""
                        update coaching_session set status = 'UNPLANNED', supervisor_id = ?, predicate = ?,
                               requested_on = ?, updated_at = ?
                         where id = ? and status = 'CANCELLED'""")
                .params(supervisorId, predicate.name(), Date.valueOf(today), Timestamp.from(now), id).update();
    }

    void updatePredicate(long id, Predicate predicate, Instant now) {
        jdbc.sql("update coaching_session set predicate = ?, updated_at = ? where id = ?")
                .params(predicate.name(), Timestamp.from(now), id).update();
    }

    long insertPlanned(long employeeId, long supervisorId, Long periodId, CoachingKind kind, LocalDate date,
                       String focus, LocalDate today, Instant now) {
        return jdbc.sql("""
                        insert into coaching_session (employee_id, supervisor_id, period_id, kind, session_date, focus,
                                                      status, requested_on, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?) returning id""")
                .params(employeeId, supervisorId, periodId, kind.name(), Date.valueOf(date), focus,
                        Date.valueOf(today), Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
    }

    void plan(long id, long supervisorId, CoachingKind kind, LocalDate date, String focus, Instant now) {
        jdbc.sql("""
                        update coaching_session set supervisor_id = ?, kind = ?, session_date = ?, focus = ?,
                               status = 'PLANNED', updated_at = ?
                         where id = ?""")
                .params(supervisorId, kind.name(), Date.valueOf(date), focus, Timestamp.from(now), id).update();
    }

    void setStatus(long id, CoachingStatus status, Instant now) {
        jdbc.sql("update coaching_session set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(now), id).update();
    }

    void outcome(long id, CoachingStatus status, LocalDate date, String note, Instant now) {
        jdbc.sql("update coaching_session set status = ?, session_date = ?, outcome_note = ?, updated_at = ? where id = ?")
                .params(status.name(), Date.valueOf(date), note, Timestamp.from(now), id).update();
    }

    /** Sessions waiting for their outcome whose day is {@code day}. */
    List<CoachingSession> awaitingOn(LocalDate day) {
        return jdbc.sql(SELECT + " where status in ('PLANNED', 'POSTPONED') and session_date = ? order by id")
                .param(Date.valueOf(day)).query(CoachingSessions::map).list();
    }

    /** Sessions waiting for their outcome whose day was on or before {@code day}. */
    List<CoachingSession> awaitingSince(LocalDate day) {
        return jdbc.sql(SELECT + " where status in ('PLANNED', 'POSTPONED') and session_date <= ? order by session_date, id")
                .param(Date.valueOf(day)).query(CoachingSessions::map).list();
    }

    List<CoachingSession> unplannedSince(LocalDate day) {
        return jdbc.sql(SELECT + " where status = 'UNPLANNED' and requested_on <= ? order by requested_on, id")
                .param(Date.valueOf(day)).query(CoachingSessions::map).list();
    }

    List<CoachingSession> withStatus(List<CoachingStatus> statuses) {
        return jdbc.sql(SELECT + " where status = any(?) order by session_date nulls first, id")
                .param(statuses.stream().map(Enum::name).toArray(String[]::new)).query(CoachingSessions::map).list();
    }

    List<CoachingSession> ofSupervisor(long supervisorId, List<CoachingStatus> statuses) {
        return jdbc.sql(SELECT + " where supervisor_id = ? and status = any(?) order by session_date nulls first, id")
                .params(supervisorId, statuses.stream().map(Enum::name).toArray(String[]::new))
                .query(CoachingSessions::map).list();
    }

    List<CoachingSession> ofEmployee(long employeeId) {
        return jdbc.sql(SELECT + " where employee_id = ? order by created_at, id").param(employeeId)
                .query(CoachingSessions::map).list();
    }

    /** The sessions of a period: asked for by its evaluations, or planned without one on a day inside it. */
    List<CoachingSession> ofPeriod(long periodId, LocalDate start, LocalDate end) {
        return jdbc.sql(SELECT + " " + """
                         where period_id = ?
                            or (period_id is null and session_date between ? and ?)
                         order by session_date nulls first, id""")
                .params(periodId, Date.valueOf(start), Date.valueOf(end)).query(CoachingSessions::map).list();
    }

    /** The answers of Format B.1.8 given for the session, by statement number. */
    Map<Integer, Integer> answers(long sessionId) {
        Map<Integer, Integer> answers = new TreeMap<>();
        jdbc.sql("select statement, score from coaching_feedback where session_id = ? order by statement")
                .param(sessionId).query((rs, n) -> answers.put(rs.getInt("statement"), rs.getInt("score"))).list();
        return answers;
    }

    /** True when the answer was stored (the statement was not answered yet). */
    boolean answer(long sessionId, int statement, int score, Instant now) {
        return jdbc.sql("""
                        insert into coaching_feedback (session_id, statement, score, answered_at) values (?, ?, ?, ?)
                        on conflict (session_id, statement) do nothing""")
                .params(sessionId, statement, score, Timestamp.from(now)).update() == 1;
    }

    private static CoachingSession map(ResultSet rs, int row) throws SQLException {
        long period = rs.getLong("period_id");
        Long periodId = rs.wasNull() ? null : period;
        String predicate = rs.getString("predicate");
        String kind = rs.getString("kind");
        Date date = rs.getDate("session_date");
        return new CoachingSession(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("supervisor_id"), periodId,
                predicate == null ? null : Predicate.valueOf(predicate), kind == null ? null : CoachingKind.valueOf(kind),
                date == null ? null : date.toLocalDate(), rs.getString("focus"),
                CoachingStatus.valueOf(rs.getString("status")), rs.getString("outcome_note"),
                rs.getDate("requested_on").toLocalDate(), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
