package id.kinerja.admin;

import id.kinerja.appraisal.Period;
import id.kinerja.audit.AuditLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recap of a period: one row per active employee with the supervisor's name, both ratings, the
 * predicate and when it was evaluated (WIB); rating columns are empty when not evaluated yet.
 */
@Service
public class RecapExport {

    static final List<String> HEADER = List.of("nip", "name", "unit", "position", "supervisor", "work_result",
            "behaviour", "predicate", "evaluated_at");
    private static final DateTimeFormatter WIB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final JdbcClient jdbc;
    private final AuditLog audit;

    RecapExport(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The recap as a CSV file's bytes (UTF-8 with byte-order mark), e.g. to send to HR in the chat. */
    @Transactional
    public byte[] csv(Period period, String actor) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            export(period, CsvWriter.withBom(bytes), actor, "chat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Transactional
    public int export(Period period, CsvWriter csv, String target) throws IOException {
        return export(period, csv, AdminCli.ACTOR, target);
    }

    private int export(Period period, CsvWriter csv, String actor, String target) throws IOException {
        List<List<String>> rows = new ArrayList<>();
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
                    rows.add(List.of(rs.getString("nip"), rs.getString("name"), rs.getString("unit"),
                            rs.getString("position"), orEmpty(rs.getString("supervisor")),
                            orEmpty(rs.getString("work_result")), orEmpty(rs.getString("behaviour")),
                            orEmpty(rs.getString("predicate")), at == null ? "" : WIB.format(at.toInstant())));
                });
        csv.row(HEADER);
        for (List<String> row : rows) {
            csv.row(row);
        }
        csv.flush();
        audit.record(actor, "RECAP_EXPORTED", "period:" + period.code(), rows.size() + " rows to " + target);
        return rows.size();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
