package id.kinerja.digest;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which recipient got which week's digest: the {@code digest_sent} table, one row per recipient and week. */
@Repository
class DigestSent {

    private final JdbcClient jdbc;

    DigestSent(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the week for the recipient; false when it was claimed already (a second run, a restart). */
    boolean claim(long employeeId, LocalDate week, Instant at) {
        return jdbc.sql("""
                        insert into digest_sent (employee_id, week, queued_at) values (?, ?, ?)
                        on conflict (employee_id, week) do nothing""")
                .params(employeeId, week, Timestamp.from(at)).update() == 1;
    }
}
