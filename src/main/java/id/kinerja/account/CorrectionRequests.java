package id.kinerja.account;

import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correction requests (UU 27/2022 Pasal 30): a person files one about their own record; it is recorded with a
 * number and a time (Pasal 14) and a deadline for HR; only HR answers it, once: corrected, or refused with a
 * reason. Disagreeing with a rating is not a correction but an objection (keberatan): such a text is not filed.
 * Every filing and answer is in the audit log.
 */
@Service
public class CorrectionRequests {

    /** The longest text of one step (what is wrong, what it should be, a refusal's reason), in characters. */
    public static final int MAX_TEXT = 500;

    /**
     * Words of someone disagreeing with a rating rather than pointing at a wrong record: the rating, the predicate,
     * the score, an objection, unfairness. Whole words, so "menilai saya" (a supervisor who rates me) is not one.
     */
    private static final Pattern RATING_DISAGREEMENT = Pattern.compile(
            "\\b(tidak setuju|tak setuju|keberatan|predikat|penilaian|nilai saya|nilainya|skor|tidak adil|"
                    + "hasil kerja|perilaku kerja|disagree|rating|ratings|predicate|score|unfair|appraisal|objection)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String SELECT = """
            select id, year, seq, employee_id, field, wrong, wanted, filed_at, due_at, status, answered_at, reason
              from correction_request""";

    /** What became of a filing. */
    public sealed interface Filing {
        record Filed(CorrectionRequest request) implements Filing {}

        /** The text disagrees with a rating: that is a keberatan, nothing was filed. */
        record RatingDisagreement() implements Filing {}

        /** A text empty or too long; nothing was filed. */
        record Invalid(TextProblem problem) implements Filing {}
    }

    public enum TextProblem { EMPTY, TOO_LONG }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Employees employees;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final DataSubjectProperties properties;
    private final AdminScopes scopes;

    CorrectionRequests(JdbcClient jdbc, AuditLog audit, Employees employees, WorkingCalendar calendar, Clock clock,
                       DataSubjectProperties properties, AdminScopes scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.audit = audit;
        this.employees = employees;
        this.calendar = calendar;
        this.clock = clock;
        this.properties = properties;
    }

    /** Whether the text reads as disagreeing with a rating (a keberatan) rather than a wrong record. */
    public static boolean looksLikeRatingDisagreement(String text) {
        return text != null && RATING_DISAGREEMENT.matcher(text).find();
    }

    /** What is wrong with a typed text of a step; empty when it may be used. */
    public static Optional<TextProblem> problem(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(TextProblem.EMPTY);
        }
        return text.strip().codePointCount(0, text.strip().length()) > MAX_TEXT
                ? Optional.of(TextProblem.TOO_LONG) : Optional.empty();
    }

    /** Files a request of {@code me} about their own record; numbered per year in the office's zone. */
    @Transactional
    public Filing file(Employee me, CorrectionField field, String wrong, String wanted) {
        Optional<TextProblem> problem = problem(wrong).or(() -> problem(wanted));
        if (problem.isPresent()) {
            return new Filing.Invalid(problem.get());
        }
        if (looksLikeRatingDisagreement(wrong) || looksLikeRatingDisagreement(wanted)) {
            return new Filing.RatingDisagreement();
        }
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, calendar.zone()).getYear();
        // numbers without gaps or doubles: one filing at a time takes the next of its year
        jdbc.sql("select pg_advisory_xact_lock(hashtext('correction_request_number'))").query((rs, n) -> 1).list();
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from correction_request where year = ?")
                .param(year).query(Integer.class).single();
        long id = jdbc.sql("""
                        insert into correction_request (year, seq, employee_id, field, wrong, wanted, filed_at, due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(year, seq, me.id(), field.name(), wrong.strip(), wanted.strip(), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.correctionDeadline())))
                .query(Long.class).single();
        CorrectionRequest request = byId(id).orElseThrow();
        audit.record("employee:" + me.nip(), "CORRECTION_REQUESTED", "employee:" + me.nip(),
                request.number() + " field=" + field.name());
        return new Filing.Filed(request);
    }

    public Optional<CorrectionRequest> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(CorrectionRequests::map).optional();
    }

    /** The open requests, the earliest deadline first; HR only. */
    public List<CorrectionRequest> open(Requester requester) {
        requester.requireHr();
        return jdbc.sql(SELECT + " where status = 'OPEN' order by due_at, id").query(CorrectionRequests::map).list();
    }

    /** The open requests of employees in the scope, the earliest deadline first; HR only. */
    public List<CorrectionRequest> open(Requester requester, AdminScope scope) {
        List<CorrectionRequest> open = open(requester);
        java.util.Set<Long> inside = employees.byIds(open.stream().map(CorrectionRequest::employeeId).toList()).stream()
                .filter(scope::covers).map(Employee::id).collect(java.util.stream.Collectors.toSet());
        return open.stream().filter(r -> inside.contains(r.employeeId())).toList();
    }

    /** The requests the employee filed, oldest first: part of their own data. */
    public List<CorrectionRequest> of(long employeeId) {
        return jdbc.sql(SELECT + " where employee_id = ? order by filed_at, id").param(employeeId)
                .query(CorrectionRequests::map).list();
    }

    /**
     * HR's answer: corrected, or refused with a reason ({@link #problem} must find nothing in it). Empty, with
     * nothing changed, when the requester is not HR, the request is unknown, about someone outside their scope or
     * already answered, or a refusal has no usable reason.
     */
    @Transactional
    public Optional<CorrectionRequest> answer(Requester hr, long id, boolean corrected, String reason) {
        if (!hr.isHr() || !corrected && problem(reason).isPresent()) {
            return Optional.empty();
        }
        AdminScope scope = scopes.of(hr);
        if (byId(id).flatMap(r -> employees.byId(r.employeeId())).filter(scope::covers).isEmpty()) {
            return Optional.empty(); // someone outside the HR admin's part of the organisation
        }
        Instant now = clock.instant();
        Long by = hr.employee().map(Employee::id).orElse(null);
        int updated = jdbc.sql("""
                        update correction_request set status = ?, answered_at = ?, answered_by = ?, reason = ?
                         where id = ? and status = 'OPEN'""")
                .params(corrected ? "CORRECTED" : "REFUSED", Timestamp.from(now), by,
                        corrected ? null : reason.strip(), id)
                .update();
        if (updated == 0) {
            return Optional.empty();
        }
        CorrectionRequest request = byId(id).orElseThrow();
        Employee person = employees.byId(request.employeeId()).orElseThrow();
        audit.record(hr.auditActor(), corrected ? "CORRECTION_DONE" : "CORRECTION_REFUSED", "employee:" + person.nip(),
                request.number());
        return Optional.of(request);
    }

    private static CorrectionRequest map(ResultSet rs, int row) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new CorrectionRequest(rs.getLong("id"), CorrectionRequest.number(rs.getInt("year"), rs.getInt("seq")),
                rs.getLong("employee_id"), CorrectionField.valueOf(rs.getString("field")), rs.getString("wrong"),
                rs.getString("wanted"), rs.getTimestamp("filed_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                CorrectionRequest.Status.valueOf(rs.getString("status")),
                answered == null ? null : answered.toInstant(), rs.getString("reason"));
    }
}
