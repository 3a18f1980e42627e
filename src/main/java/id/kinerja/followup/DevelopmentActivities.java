package id.kinerja.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored development activities. An activity counts in the year it ended. */
@Repository
class DevelopmentActivities {

    private static final String SELECT = """
            select id, employee_id, kind, title, organiser, start_date, end_date, jp, recorded_at
              from development_activity""";

    /** JP and number of activities of one employee in a year. */
    record Sum(int jp, int count) {
        static final Sum NONE = new Sum(0, 0);
    }

    private final JdbcClient jdbc;

    DevelopmentActivities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long employeeId, DevelopmentEntry entry, Instant at) {
        return jdbc.sql("""
                        insert into development_activity (employee_id, kind, title, organiser, start_date, end_date, jp, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(employeeId, entry.kind().name(), entry.title(), entry.organiser(), entry.start(), entry.end(),
                        entry.jp(), Timestamp.from(at))
                .query(Long.class).single();
    }

    Optional<DevelopmentActivity> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(DevelopmentActivities::map).optional();
    }

    /** Deletes the activity only if it is this employee's; false when it is not (or gone). */
    boolean delete(long id, long employeeId) {
        return jdbc.sql("delete from development_activity where id = ? and employee_id = ?").params(id, employeeId)
                .update() == 1;
    }

    /** One employee's activities ending in the year, newest first. */
    List<DevelopmentActivity> of(long employeeId, int year) {
        return jdbc.sql(SELECT + " where employee_id = ? and end_date between ? and ? order by end_date desc, id desc")
                .params(employeeId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(DevelopmentActivities::map).list();
    }

    /** Every activity of one employee, oldest first (their data copy). */
    List<DevelopmentActivity> allOf(long employeeId) {
        return jdbc.sql(SELECT + " where employee_id = ? order by start_date, id").param(employeeId)
                .query(DevelopmentActivities::map).list();
    }

    /** JP and count per employee in the year; employees without activities are absent. */
    Map<Long, Sum> sums(Collection<Long> employeeIds, int year) {
        Map<Long, Sum> sums = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return sums;
        }
        jdbc.sql("""
                        select employee_id, sum(jp) as jp, count(*) as activities from development_activity
                         where employee_id = any(?) and end_date between ? and ? group by employee_id""")
                .params(employeeIds.toArray(Long[]::new), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(rs -> {
                    sums.put(rs.getLong("employee_id"), new Sum(rs.getInt("jp"), rs.getInt("activities")));
                });
        return sums;
    }

    private static DevelopmentActivity map(ResultSet rs, int row) throws SQLException {
        return new DevelopmentActivity(rs.getLong("id"), rs.getLong("employee_id"),
                DevelopmentKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("organiser"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class), rs.getInt("jp"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
