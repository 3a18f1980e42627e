package id.kinerja.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

    /**
     * The period, share-locked until the transaction ends and read under that lock, so its status is
     * the committed one: a concurrent {@code close-period} waits for this transaction, or has already
     * committed and the status says CLOSED. Needs a transaction (the lock would end at once otherwise).
     */
    public Optional<Period> lock(long id) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a period lock needs a transaction");
        }
        return jdbc.sql("select " + COLUMNS + " from appraisal_period p where p.id = ? for share")
                .param(id).query(Periods::map).optional();
    }

    /**
     * Whether the period is open for writing: the one rule every write of period data (evaluations,
     * indicators, peer ratings) goes through, under the lock of {@link #lock(long)}. A check made
     * before taking the lock proves nothing: the period may have closed since.
     */
    public boolean lockOpen(long id) {
        return lockIfOpen(id).isPresent();
    }

    /** The period when it is open, read and share-locked as {@link #lockOpen(long)} does; empty when closed or unknown. */
    public Optional<Period> lockIfOpen(long id) {
        return lock(id).filter(Period::isOpen);
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
