package id.kinerja.followup;

import id.kinerja.appraisal.EvaluationResult;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.ScoreCards;
import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.text.ControlCharacters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition (apresiasi, DOMAIN.md §9): a Sangat Baik prompts the employee's supervisor to record a note and
 * optionally a recommendation. Only the employee's own supervisor may, once per period, while the evaluation of
 * that period is Sangat Baik; every check is made again when the recognition is saved.
 */
@Service
public class Recognitions {

    public static final int MAX_NOTE = 500;

    private static final String SELECT = """
            select r.id, r.employee_id, r.period_id, r.recorded_by, r.note, r.recommendation, r.recorded_at
              from recognition r""";

    private final JdbcClient jdbc;
    private final Employees employees;
    private final ScoreCards scores;
    private final AuditLog audit;
    private final Clock clock;

    Recognitions(JdbcClient jdbc, Employees employees, ScoreCards scores, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.scores = scores;
        this.audit = audit;
        this.clock = clock;
    }

    /** The predicate that prompts a recognition. */
    public static boolean prompts(Predicate predicate) {
        return predicate == Predicate.SANGAT_BAIK;
    }

    /** Why this supervisor may not recognise this employee for this period now; empty when they may. */
    public Optional<RecognitionRefusal> refusal(Employee supervisor, long employeeId, long periodId) {
        Optional<Employee> employee = employees.byId(employeeId);
        if (employee.isEmpty() || !employee.get().active() || employee.get().supervisorId() == null
                || employee.get().supervisorId() != supervisor.id()) {
            return Optional.of(RecognitionRefusal.NOT_SUPERVISOR);
        }
        if (!scores.evaluation(employeeId, periodId).map(EvaluationResult::predicate).map(Recognitions::prompts)
                .orElse(false)) {
            return Optional.of(RecognitionRefusal.NOT_SANGAT_BAIK);
        }
        if (of(employeeId, periodId).isPresent()) {
            return Optional.of(RecognitionRefusal.ALREADY_RECORDED);
        }
        return Optional.empty();
    }

    /** Why the note cannot be kept; empty when it can. */
    public static Optional<String> noteProblem(String note) {
        String text = note == null ? "" : note.strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_NOTE) {
            return Optional.of("recognition.note_length");
        }
        if (ControlCharacters.inText(text).isPresent()) {
            return Optional.of("recognition.note_hidden_character");
        }
        return Optional.empty();
    }

    /** Records the recognition after checking everything again; the refusal when it may not be. */
    @Transactional
    public Optional<RecognitionRefusal> record(Employee supervisor, long employeeId, long periodId, String note,
                                               RecognitionRecommendation recommendation) {
        if (noteProblem(note).isPresent()) {
            return Optional.of(RecognitionRefusal.BAD_NOTE);
        }
        Optional<RecognitionRefusal> refusal = refusal(supervisor, employeeId, periodId);
        if (refusal.isPresent()) {
            return refusal;
        }
        int inserted = jdbc.sql("""
                        insert into recognition (employee_id, period_id, recorded_by, note, recommendation, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (employee_id, period_id) do nothing""")
                .params(employeeId, periodId, supervisor.id(), note.strip(), recommendation.name(),
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return Optional.of(RecognitionRefusal.ALREADY_RECORDED);
        }
        Employee employee = employees.byId(employeeId).orElseThrow();
        audit.record("employee:" + supervisor.nip(), "RECOGNITION_RECORDED", "employee:" + employee.nip(),
                "period " + periodId + ", recommendation " + recommendation);
        return Optional.empty();
    }

    public Optional<Recognition> of(long employeeId, long periodId) {
        return jdbc.sql(SELECT + " where r.employee_id = ? and r.period_id = ?").params(employeeId, periodId)
                .query(Recognitions::map).optional().map(this::named);
    }

    /** The employee's recognitions, newest first. */
    public List<Recognition> of(long employeeId) {
        return jdbc.sql(SELECT + " where r.employee_id = ? order by r.recorded_at desc, r.id desc").param(employeeId)
                .query(Recognitions::map).list().stream().map(this::named).toList();
    }

    private Recognition named(Recognition r) {
        String name = employees.byId(r.recordedBy()).map(Employee::name).orElse("");
        return new Recognition(r.id(), r.employeeId(), r.periodId(), r.recordedBy(), name, r.note(), r.recommendation(),
                r.recordedAt());
    }

    private static Recognition map(ResultSet rs, int row) throws SQLException {
        return new Recognition(rs.getLong("id"), rs.getLong("employee_id"), rs.getLong("period_id"),
                rs.getLong("recorded_by"), null, rs.getString("note"),
                RecognitionRecommendation.valueOf(rs.getString("recommendation")),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
