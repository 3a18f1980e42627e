package id.kinerja.appraisal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** HR's view of a period: how many evaluations are done, and which supervisors still have some to do. */
@Repository
public class Compliance {

    public record Status(int evaluated, int toEvaluate, List<SupervisorBacklog> backlog) {}

    public record SupervisorBacklog(long supervisorId, String name, String unit, int pending) {}

    private final JdbcClient jdbc;

    Compliance(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Status of(long periodId) {
        int toEvaluate = jdbc.sql("select count(*) from employee where active and supervisor_id is not null")
                .query(Integer.class).single();
        int evaluated = jdbc.sql("""
                        select count(*) from evaluation v join employee e on e.id = v.employee_id
                         where v.period_id = ? and e.active and e.supervisor_id is not null""")
                .param(periodId).query(Integer.class).single();
        List<SupervisorBacklog> backlog = jdbc.sql("""
                        select s.id, s.name, u.name as unit, count(*) as pending
                          from employee e
                          join employee s on s.id = e.supervisor_id
                          join unit u on u.id = s.unit_id
                         where e.active
                           and not exists (select 1 from evaluation v where v.employee_id = e.id and v.period_id = ?)
                         group by s.id, s.name, u.name
                         order by count(*) desc, s.name""")
                .param(periodId)
                .query((rs, n) -> new SupervisorBacklog(rs.getLong("id"), rs.getString("name"), rs.getString("unit"),
                        rs.getInt("pending")))
                .list();
        return new Status(evaluated, toEvaluate, backlog);
    }
}
