package id.kinerja.appraisal;

import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback an employee received from supervisors, newest period first. */
@Repository
public class Feedbacks {

    private record Row(String periodCode, PeriodName periodName, Predicate predicate, Long evaluatorId,
                       String feedback) {}

    private final JdbcClient jdbc;
    private final Employees employees;

    Feedbacks(JdbcClient jdbc, Employees employees) {
        this.jdbc = jdbc;
        this.employees = employees;
    }

    public FeedbackPage page(long employeeId, int requestedPage, int pageSize) {
        int total = jdbc.sql("select count(*) from evaluation where employee_id = ? and coalesce(feedback, '') <> ''")
                .param(employeeId).query(Integer.class).single();
        int pageCount = Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.max(0, Math.min(requestedPage, pageCount - 1));
        List<Row> rows = jdbc.sql("""
                        select p.code, p.kind, p.start_date, e.predicate, e.evaluator_id, e.feedback
                          from evaluation e join appraisal_period p on p.id = e.period_id
                         where e.employee_id = ? and coalesce(e.feedback, '') <> ''
                         order by p.end_date desc, p.id desc limit ? offset ?""")
                .params(employeeId, pageSize, page * pageSize)
                .query((rs, n) -> new Row(rs.getString("code"), Periods.name(rs),
                        Predicate.valueOf(rs.getString("predicate")), rs.getObject("evaluator_id", Long.class),
                        rs.getString("feedback")))
                .list();
        List<Long> evaluatorIds = rows.stream().map(Row::evaluatorId).filter(Objects::nonNull).toList();
        Map<Long, String> evaluators = employees.byIds(evaluatorIds).stream()
                .collect(Collectors.toMap(Employee::id, Employee::name));
        List<FeedbackPage.Entry> entries = rows.stream()
                .map(row -> new FeedbackPage.Entry(row.periodCode(), row.periodName(), row.predicate(),
                        row.evaluatorId() == null ? null : evaluators.get(row.evaluatorId()), row.feedback()))
                .toList();
        return new FeedbackPage(entries, page, pageCount);
    }
}
