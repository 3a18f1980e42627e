package id.kinerja.appraisal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A supervisor's direct reports with their evaluation status in a period. */
@Repository
public class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TeamMember> of(long supervisorId, long periodId) {
        return jdbc.sql("""
                        select e.id, e.name, v.predicate, e.telegram_user_id is not null as linked,
                               e.unreachable_at is not null as unreachable
                          from employee e
                          left join evaluation v on v.employee_id = e.id and v.period_id = ?
                         where e.supervisor_id = ? and e.active
                         order by v.predicate is not null, e.name""")
                .params(periodId, supervisorId)
                .query((rs, n) -> new TeamMember(rs.getLong("id"), rs.getString("name"),
                        rs.getString("predicate") == null ? null : Predicate.valueOf(rs.getString("predicate")),
                        rs.getBoolean("linked"), rs.getBoolean("unreachable")))
                .list();
    }
}
