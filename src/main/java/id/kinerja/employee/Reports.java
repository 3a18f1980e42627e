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

    /** Who evaluates whom, with the unit of the one evaluated: the input of progress per unit. */
    public record UnitReport(long employeeId, long unitId, long supervisorId) {}

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

    /** Every report whose employee is in the scope (the supervisor may be outside it), ordered by employee id. */
    public List<UnitReport> inScope(AdminScope scope) {
        return jdbc.sql("select e.id, e.unit_id, e.supervisor_id from employee e where e.active"
                        + " and e.supervisor_id is not null and " + scope.sqlCondition("e.unit_id") + " order by e.id")
                .query((rs, n) -> new UnitReport(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("supervisor_id")))
                .list();
    }

    private static Report map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Report(rs.getLong("id"), rs.getString("name"), rs.getString("position"),
                rs.getLong("supervisor_id"), rs.getBoolean("linked"), rs.getBoolean("unreachable"));
    }
}
