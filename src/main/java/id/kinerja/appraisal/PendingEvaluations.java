package id.kinerja.appraisal;

import id.kinerja.employee.Reports;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who is still waiting for an evaluation: the input of prompts, /tugas and /tim. */
@Repository
public class PendingEvaluations {

    /** The open periods, each with who has an evaluation in it; {@code %s} narrows down who. */
    private static final String OPEN_PERIODS = """
            select p.id, array(select v.employee_id from evaluation v where v.period_id = p.id %s) as evaluated
              from appraisal_period p
             where p.status = 'OPEN'""";

    private record OpenPeriod(long id, Set<Long> evaluated) {}

    private final JdbcClient jdbc;
    private final Reports reports;

    PendingEvaluations(JdbcClient jdbc, Reports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** Every pending report of one open period, grouped by nothing: ordered by supervisor, then name. */
    public List<PendingReport> inPeriod(long periodId) {
        List<OpenPeriod> period = jdbc.sql(OPEN_PERIODS.formatted("") + " and p.id = ?").param(periodId)
                .query((rs, n) -> openPeriod(rs)).list();
        if (period.isEmpty()) {
            return List.of();
        }
        return pending(reports.all(), period);
    }

    /** The supervisor's pending reports in all open periods, earliest deadline first. */
    public List<PendingReport> forSupervisor(long supervisorId) {
        List<Reports.Report> team = reports.of(supervisorId);
        if (team.isEmpty()) {
            return List.of();
        }
        String sql = OPEN_PERIODS.formatted("and v.employee_id = any(?)") + " order by p.due_date, p.id";
        List<OpenPeriod> periods = jdbc.sql(sql)
                .param(team.stream().map(Reports.Report::employeeId).toArray(Long[]::new))
                .query((rs, n) -> openPeriod(rs)).list();
        return pending(team, periods);
    }

    /** Per period in the given order, the reports in theirs that have no evaluation in it. */
    private static List<PendingReport> pending(List<Reports.Report> team, List<OpenPeriod> periods) {
        List<PendingReport> pending = new ArrayList<>();
        for (OpenPeriod period : periods) {
            for (Reports.Report report : team) {
                if (!period.evaluated().contains(report.employeeId())) {
                    pending.add(new PendingReport(report.supervisorId(), report.employeeId(), report.name(),
                            report.position(), period.id()));
                }
            }
        }
        return pending;
    }

    private static OpenPeriod openPeriod(java.sql.ResultSet rs) throws SQLException {
        Array evaluated = rs.getArray("evaluated");
        return new OpenPeriod(rs.getLong("id"), new HashSet<>(Arrays.asList((Long[]) evaluated.getArray())));
    }
}
