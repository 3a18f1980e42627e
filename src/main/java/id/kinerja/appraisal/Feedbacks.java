package id.kinerja.appraisal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback an employee received from supervisors, newest period first. */
@Repository
public class Feedbacks {

    private final JdbcClient jdbc;

    Feedbacks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FeedbackPage page(long employeeId, int requestedPage, int pageSize) {
        int total = jdbc.sql("select count(*) from evaluation where employee_id = ? and coalesce(feedback, '') <> ''")
                .param(employeeId).query(Integer.class).single();
        int pageCount = Math.max(1, (total + pageSize - 1) / pageSize);
        int page = Math.max(0, Math.min(requestedPage, pageCount - 1));
        List<FeedbackPage.Entry> entries = jdbc.sql("""
                        select p.code, p.kind, p.start_date, e.predicate, ev.name as evaluator, e.feedback
                          from evaluation e join appraisal_period p on p.id = e.period_id
                          left join employee ev on ev.id = e.evaluator_id
                         where e.employee_id = ? and coalesce(e.feedback, '') <> ''
                         order by p.end_date desc, p.id desc limit ? offset ?""")
                .params(employeeId, pageSize, page * pageSize)
                .query((rs, n) -> new FeedbackPage.Entry(rs.getString("code"), Periods.name(rs),
                        Predicate.valueOf(rs.getString("predicate")), rs.getString("evaluator"),
                        rs.getString("feedback")))
                .list();
        return new FeedbackPage(entries, page, pageCount);
    }
}
