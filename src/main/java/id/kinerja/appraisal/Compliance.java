package id.kinerja.appraisal;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Reports;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** HR's view of a period: how many evaluations are done, and which supervisors still have some to do. */
@Repository
public class Compliance {

    public record Status(int evaluated, int toEvaluate, List<SupervisorBacklog> backlog) {}

    public record SupervisorBacklog(long supervisorId, String name, String unit, int pending) {}

    private final JdbcClient jdbc;
    private final Reports reports;
    private final Employees employees;

    Compliance(JdbcClient jdbc, Reports reports, Employees employees) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.employees = employees;
    }

    /** The backlog has the supervisors with most pending first, by name among equals. */
    public Status of(long periodId) {
        List<Reports.Report> toEvaluate = reports.all();
        Set<Long> evaluated = new HashSet<>(jdbc.sql("select employee_id from evaluation where period_id = ?")
                .param(periodId).query(Long.class).list());
        Map<Long, Integer> pending = new LinkedHashMap<>();
        int done = 0;
        for (Reports.Report report : toEvaluate) {
            if (evaluated.contains(report.employeeId())) {
                done++;
            } else {
                pending.merge(report.supervisorId(), 1, Integer::sum);
            }
        }
        List<SupervisorBacklog> backlog = pending.isEmpty() ? List.of() : employees.byIds(pending.keySet()).stream()
                .map(supervisor -> backlog(supervisor, pending.get(supervisor.id())))
                .sorted(Comparator.comparingInt(SupervisorBacklog::pending).reversed())
                .toList();
        return new Status(done, toEvaluate.size(), backlog);
    }

    private static SupervisorBacklog backlog(Employee supervisor, int pending) {
        return new SupervisorBacklog(supervisor.id(), supervisor.name(), supervisor.unitName(), pending);
    }
}
