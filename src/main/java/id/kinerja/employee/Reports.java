package id.kinerja.employee;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who reports to whom: the active employees with a supervisor, the ones a supervisor evaluates. */
@Repository
public class Reports {

    /** An active employee and the supervisor they report to, with whether the bot can reach them. */
    public record Report(long employeeId, String name, String position, long supervisorId, boolean linked,
                         boolean unreachable) {}

    private static final String SELECT = """
            select e.id, e.name, e.position, e.supervisor_id, e.telegram_user_id is not null as linked,
                   e.unreachable_at is not null as unreachable
              from employee e
             where e.active and e.supervisor_id is not null""";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every report, ordered by supervisor, then name. */
    public List<Report> all() {
        return jdbc.sql(SELECT + " order by e.supervisor_id, e.name").query(Reports::map).list();
    }

    /** The supervisor's direct reports, by name. */
    public List<Report> of(long supervisorId) {
        return jdbc.sql(SELECT + " and e.supervisor_id = ? order by e.name").param(supervisorId)
                .query(Reports::map).list();
    }

    private static Report map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Report(rs.getLong("id"), rs.getString("name"), rs.getString("position"),
                rs.getLong("supervisor_id"), rs.getBoolean("linked"), rs.getBoolean("unreachable"));
    }
}
