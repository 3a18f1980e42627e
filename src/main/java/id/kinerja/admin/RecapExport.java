package id.kinerja.admin;

import id.kinerja.appraisal.Period;
import id.kinerja.audit.AuditLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recap of a period: one row per active employee with the supervisor's name, both ratings, the
 * predicate and when it was evaluated (WIB, to the minute); rating columns are empty when not
 * evaluated yet. Written as XLSX or CSV, always with the same columns.
 */
@Service
public class RecapExport {

    static final List<String> HEADER = List.of("nip", "name", "unit", "position", "supervisor", "work_result",
            "behaviour", "predicate", "evaluated_at");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RecapExport(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The recap as a file's bytes, e.g. to send to HR in the chat. */
    @Transactional
    public byte[] file(Period period, ExportFormat format, String actor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            export(period, format, bytes, actor, "chat as " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the recap to a file (the stream stays open); returns the number of employees. */
    @Transactional
    public int export(Period period, ExportFormat format, OutputStream out, String target) throws IOException {
        return export(period, format, out, AdminCli.ACTOR, target);
    }

    private int export(Period period, ExportFormat format, OutputStream out, String actor, String target)
            throws IOException {
        Table recap = recap(period);
        format.write(recap, out);
        audit.record(actor, "RECAP_EXPORTED", "period:" + period.code(),
                recap.rows().size() + " rows to " + target);
        return recap.rows().size();
    }

    /** The one place that decides the recap's columns and rows; the sheet is named after the period. */
    Table recap(Period period) {
        List<List<Object>> rows = new ArrayList<>();
        jdbc.sql("""
                select e.nip, e.name, u.name as unit, e.position, s.name as supervisor,
                       v.work_result, v.behaviour, v.predicate, v.updated_at
                  from employee e
                  join unit u on u.id = e.unit_id
                  left join employee s on s.id = e.supervisor_id
                  left join evaluation v on v.employee_id = e.id and v.period_id = ?
                 where e.active
                 order by u.name, e.name, e.nip
                """).param(period.id()).query(rs -> {
                    Timestamp at = rs.getTimestamp("updated_at");
                    rows.add(Arrays.asList(rs.getString("nip"), rs.getString("name"), rs.getString("unit"),
                            rs.getString("position"), rs.getString("supervisor"), rs.getString("work_result"),
                            rs.getString("behaviour"), rs.getString("predicate"),
                            at == null ? null : wib(at)));
                });
        return new Table(period.code(), HEADER, rows);
    }

    private static LocalDateTime wib(Timestamp at) {
        return LocalDateTime.ofInstant(at.toInstant(), WIB).truncatedTo(ChronoUnit.MINUTES);
    }
}
