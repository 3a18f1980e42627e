package id.kinerja.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The objection tables, read and written only here; the rules are in {@link Objections}. */
@Repository
class ObjectionStore {

    private static final String COLUMNS = """
            o.id, o.evaluation_id, o.employee_id, o.period_id, o.rater_id, o.decider_id, o.reasons, o.status,
            o.filed_at, o.decide_by, o.original_work_result, o.original_behaviour, o.original_predicate,
            o.decided_work_result, o.decided_behaviour, o.decided_predicate, o.decided_by, o.decided_at""";

    private final JdbcClient jdbc;

    ObjectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Objection> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.id = ?").param(id)
                .query(ObjectionStore::map).optional();
    }

    /** The objection, its row locked until the transaction ends: two decisions cannot both pass. */
    Optional<Objection> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.id = ? for update").param(id)
                .query(ObjectionStore::map).optional();
    }

    Optional<Objection> of(long employeeId, long periodId) {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.employee_id = ? and o.period_id = ?")
                .params(employeeId, periodId).query(ObjectionStore::map).optional();
    }

    boolean openFor(long employeeId, long periodId) {
        return jdbc.sql("select count(*) from objection where employee_id = ? and period_id = ? and status = 'OPEN'")
                .params(employeeId, periodId).query(Long.class).single() > 0;
    }

    Set<Long> openIn(long periodId) {
        return new HashSet<>(jdbc.sql("select employee_id from objection where period_id = ? and status = 'OPEN'")
                .param(periodId).query(Long.class).list());
    }

    List<Objection> open() {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.status = 'OPEN' order by o.decide_by, o.id")
                .query(ObjectionStore::map).list();
    }

    List<Objection> inPeriod(long periodId) {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.period_id = ? order by o.filed_at, o.id")
                .param(periodId).query(ObjectionStore::map).list();
    }

    List<Objection> ofEmployee(long employeeId) {
        return jdbc.sql("select " + COLUMNS + " from objection o where o.employee_id = ? order by o.filed_at, o.id")
                .param(employeeId).query(ObjectionStore::map).list();
    }

    long insert(long evaluationId, long employeeId, long periodId, Long raterId, Long deciderId, String reasons,
                Instant filedAt, java.time.LocalDate decideBy, EvaluationResult evaluation) {
        return jdbc.sql("""
                        insert into objection (evaluation_id, employee_id, period_id, rater_id, decider_id, reasons, status,
                                               filed_at, decide_by, original_work_result, original_behaviour,
                                               original_predicate)
                        values (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?) returning id""")
                .params(evaluationId, employeeId, periodId, raterId, deciderId, reasons, Timestamp.from(filedAt),
                        decideBy, evaluation.workResult().name(), evaluation.behaviour().name(),
                        evaluation.predicate().name())
                .query(Long.class).single();
    }

    void decide(long id, ObjectionStatus status, Rating work, Rating behaviour, Predicate predicate, long deciderId,
                Instant at) {
        jdbc.sql("""
                        update objection set status = ?, decided_work_result = ?, decided_behaviour = ?,
                               decided_predicate = ?, decided_by = ?, decided_at = ?
                         where id = ? and status = 'OPEN'""")
                .params(status.name(), work == null ? null : work.name(), behaviour == null ? null : behaviour.name(),
                        predicate == null ? null : predicate.name(), deciderId, Timestamp.from(at), id)
                .update();
    }

    /** The evaluation takes the decided ratings and says it was changed by this objection. */
    void changeEvaluation(long evaluationId, Rating work, Rating behaviour, Predicate predicate, long objectionId) {
        jdbc.sql("""
                        update evaluation set work_result = ?, behaviour = ?, predicate = ?, changed_by_objection = ?
                         where id = ?""")
                .params(work.name(), behaviour.name(), predicate.name(), objectionId, evaluationId)
                .update();
    }

    /** Whether the evaluation of that employee in that period was changed by an objection's decision. */
    boolean changedByObjection(long employeeId, long periodId) {
        return jdbc.sql("""
                        select count(*) from evaluation
                         where employee_id = ? and period_id = ? and changed_by_objection is not null""")
                .params(employeeId, periodId).query(Long.class).single() > 0;
    }

    /** The evaluation an objection would be about: its id, rater, ratings and the moment it was submitted. */
    record Target(long evaluationId, Long raterId, EvaluationResult evaluation, Instant submittedAt) {}

    Optional<Target> target(long employeeId, long periodId) {
        return jdbc.sql("""
                        select id, evaluator_id, work_result, behaviour, predicate, feedback, updated_at from evaluation
                         where employee_id = ? and period_id = ? for update""")
                .params(employeeId, periodId)
                .query((rs, n) -> new Target(rs.getLong("id"), rs.getObject("evaluator_id", Long.class),
                        new EvaluationResult(Rating.valueOf(rs.getString("work_result")),
                                Rating.valueOf(rs.getString("behaviour")), Predicate.valueOf(rs.getString("predicate")),
                                rs.getString("feedback"), null),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** Read-only: the moment the evaluation was submitted, if there is one. */
    Optional<Instant> submittedAt(long employeeId, long periodId) {
        return jdbc.sql("select updated_at from evaluation where employee_id = ? and period_id = ?")
                .params(employeeId, periodId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    List<Objection.Explanation> explanations(long objectionId) {
        return jdbc.sql("""
                        select objection_id, party, author_id, asked_at, due_on, text, answered_at
                          from objection_explanation where objection_id = ? order by party desc""")
                .param(objectionId)
                .query((rs, n) -> new Objection.Explanation(rs.getLong("objection_id"),
                        ObjectionParty.valueOf(rs.getString("party")), rs.getObject("author_id", Long.class),
                        rs.getTimestamp("asked_at").toInstant(), rs.getDate("due_on").toLocalDate(),
                        rs.getString("text"), instant(rs, "answered_at")))
                .list();
    }

    boolean ask(long objectionId, ObjectionParty party, long authorId, Instant at, java.time.LocalDate due) {
        return jdbc.sql("""
                        insert into objection_explanation (objection_id, party, author_id, asked_at, due_on)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(objectionId, party.name(), authorId, Timestamp.from(at), due).update() == 1;
    }

    boolean answer(long objectionId, ObjectionParty party, long authorId, String text, Instant at) {
        return jdbc.sql("""
                        update objection_explanation set text = ?, answered_at = ?
                         where objection_id = ? and party = ? and author_id = ? and text is null""")
                .params(text, Timestamp.from(at), objectionId, party.name(), authorId).update() == 1;
    }

    private static Objection map(ResultSet rs, int n) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getLong("employee_id"),
                rs.getLong("period_id"), rs.getObject("rater_id", Long.class), rs.getObject("decider_id", Long.class),
                rs.getString("reasons"), ObjectionStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("filed_at").toInstant(), rs.getDate("decide_by").toLocalDate(),
                Rating.valueOf(rs.getString("original_work_result")), Rating.valueOf(rs.getString("original_behaviour")),
                Predicate.valueOf(rs.getString("original_predicate")), rating(rs, "decided_work_result"),
                rating(rs, "decided_behaviour"),
                rs.getString("decided_predicate") == null ? null : Predicate.valueOf(rs.getString("decided_predicate")),
                rs.getObject("decided_by", Long.class), instant(rs, "decided_at"));
    }

    private static Rating rating(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Rating.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
