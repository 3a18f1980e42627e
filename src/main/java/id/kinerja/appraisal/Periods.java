package id.kinerja.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appraisal periods as stored. */
@Repository
public class Periods {

    static final String COLUMNS = "p.id, p.code, p.kind, p.start_date, p.end_date, p.due_date, p.status";

    private final JdbcClient jdbc;

    Periods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Period> byCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from appraisal_period p where p.code = ?")
                .param(code).query(Periods::map).optional();
    }

    public Optional<Period> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from appraisal_period p where p.id = ?")
                .param(id).query(Periods::map).optional();
    }

    public List<Period> open() {
        return jdbc.sql("select " + COLUMNS + " from appraisal_period p where p.status = 'OPEN' order by p.due_date")
                .query(Periods::map).list();
    }

    static Period map(ResultSet rs, int row) throws SQLException {
        return new Period(rs.getLong("id"), rs.getString("code"), Period.Kind.valueOf(rs.getString("kind")),
                rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
                rs.getDate("due_date").toLocalDate(), Period.Status.valueOf(rs.getString("status")));
    }

    /** The name of the period on a row with {@code kind} and {@code start_date} columns. */
    static PeriodName name(ResultSet rs) throws SQLException {
        return new PeriodName(Period.Kind.valueOf(rs.getString("kind")), rs.getDate("start_date").toLocalDate());
    }
}
