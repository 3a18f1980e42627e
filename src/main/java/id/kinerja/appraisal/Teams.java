package id.kinerja.appraisal;

import id.kinerja.employee.Reports;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A supervisor's direct reports with their evaluation status in a period. */
@Repository
public class Teams {

    private final JdbcClient jdbc;
    private final Reports reports;

    Teams(JdbcClient jdbc, Reports reports) {
        this.jdbc = jdbc;
        this.reports = reports;
    }

    /** Those still to evaluate first, then the evaluated ones; by name within each. */
    public List<TeamMember> of(long supervisorId, long periodId) {
        List<Reports.Report> team = reports.of(supervisorId);
        if (team.isEmpty()) {
            return List.of();
        }
        Map<Long, Predicate> predicates = jdbc.sql(
                        "select employee_id, predicate from evaluation where period_id = ? and employee_id = any(?)")
                .params(periodId, team.stream().map(Reports.Report::employeeId).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("employee_id"), Predicate.valueOf(rs.getString("predicate"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<TeamMember> members = new ArrayList<>(team.size());
        for (Reports.Report report : team) {
            members.add(new TeamMember(report.employeeId(), report.name(), predicates.get(report.employeeId()),
                    report.linked(), report.unreachable()));
        }
        members.sort(Comparator.comparing(TeamMember::evaluated));
        return members;
    }
}
