package id.kinerja.appraisal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is still waiting for an evaluation: the input of prompts, /tugas and /tim. */
@Repository
public class PendingEvaluations {

    private static final String PENDING = """
            select e.supervisor_id, e.id, e.name, e.position, p.id as period_id
              from employee e
              join appraisal_period p on p.status = 'OPEN'
             where e.active and e.supervisor_id is not null
               and not exists (select 1 from evaluation v where v.employee_id = e.id and v.period_id = p.id)
            """;

    private final JdbcClient jdbc;

    PendingEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every pending report of one open period, grouped by nothing: ordered by supervisor, then name. */
    public List<PendingReport> inPeriod(long periodId) {
        return jdbc.sql(PENDING + " and p.id = ? order by e.supervisor_id, e.name").param(periodId)
                .query((rs, n) -> map(rs)).list();
    }

    /** The supervisor's pending reports in all open periods, earliest deadline first. */
    public List<PendingReport> forSupervisor(long supervisorId) {
        return jdbc.sql(PENDING + " and e.supervisor_id = ? order by p.due_date, p.id, e.name").param(supervisorId)
                .query((rs, n) -> map(rs)).list();
    }

    private static PendingReport map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PendingReport(rs.getLong("supervisor_id"), rs.getLong("id"), rs.getString("name"),
                rs.getString("position"), rs.getLong("period_id"));
    }
}
