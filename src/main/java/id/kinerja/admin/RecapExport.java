package id.kinerja.admin;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.Predicate;
import id.kinerja.appraisal.Rating;
import id.kinerja.audit.AuditLog;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recap of a period: one row per active employee with the supervisor's name, both ratings, the
 * predicate and when it was evaluated (WIB, to the minute); rating columns are empty when not
 * evaluated yet. Written as XLSX or CSV, always with the same columns: the CSV (the machine format that
 * {@code import-evaluations} reads back) with column names and codes, the workbook (what HR reads) with the
 * chat's labels in the reader's language.
 */
@Service
public class RecapExport {

    static final List<String> HEADER = List.of("nip", "name", "unit", "position", "supervisor", "work_result",
            "behaviour", "predicate", "evaluated_at");
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    /** The columns whose codes people read as the chat's labels, and the text key of each code. */
    private static final Map<String, Function<String, String>> LABELLED = Map.of(
            "work_result", code -> Rating.valueOf(code).textKey(),
            "behaviour", code -> Rating.valueOf(code).textKey(),
            "predicate", code -> Predicate.valueOf(code).textKey());

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Texts texts;

    RecapExport(JdbcClient jdbc, AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.texts = texts;
    }

    /** The recap as a file's bytes, to send to HR in the chat; a workbook is in {@code language}. */
    public record ChatFile(Period period, ExportFormat format, byte[] content, int rows) {}

    /**
     * The recap as a file, e.g. to send to HR in the chat. Not audited yet: {@link #delivered} records the export
     * once the file has reached the chat.
     */
    @Transactional(readOnly = true)
    public ChatFile file(Period period, ExportFormat format, Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Table recap = recap(period);
        try {
            format.write(format.readByPeople() ? labelled(recap, language) : recap, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChatFile(period, format, bytes.toByteArray(), recap.rows().size());
    }

    /** The file from {@link #file} reached {@code actor}'s chat. */
    public void delivered(ChatFile file, String actor) {
        exported(file.period(), actor, file.rows(), "chat as " + file.format());
    }

    /**
     * Writes the recap to a file (the stream stays open); a workbook is in {@code language}. Returns the number of
     * employees.
     */
    @Transactional
    public int export(Period period, ExportFormat format, Language language, OutputStream out, String target)
            throws IOException {
        return export(period, format, language, out, AdminCli.ACTOR, target);
    }

    private int export(Period period, ExportFormat format, Language language, OutputStream out, String actor,
            String target) throws IOException {
        Table recap = recap(period);
        format.write(format.readByPeople() ? labelled(recap, language) : recap, out);
        exported(period, actor, recap.rows().size(), target);
        return recap.rows().size();
    }

    private void exported(Period period, String actor, int rows, String target) {
        audit.record(actor, "RECAP_EXPORTED", "period:" + period.code(), rows + " rows to " + target);
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

    /**
     * The recap as people read it: the column names and the rating and predicate codes as the chat shows them
     * ({@code recap.<column>}, {@link Rating#textKey()}, {@link Predicate#textKey()}), as plain text; every other
     * value as it is.
     */
    Table labelled(Table recap, Language language) {
        Map<String, String> labels = new HashMap<>(); // text key -> label: a few, rendered once per file
        Function<String, String> label = key -> labels.computeIfAbsent(key,
                k -> Html.plain(texts.get(language, k)));
        List<String> header = recap.header();
        List<List<Object>> rows = new ArrayList<>(recap.rows().size());
        for (List<Object> row : recap.rows()) {
            List<Object> shown = new ArrayList<>(row);
            for (int c = 0; c < header.size(); c++) {
                Function<String, String> key = LABELLED.get(header.get(c));
                if (key != null && shown.get(c) instanceof String code) {
                    shown.set(c, label.apply(key.apply(code)));
                }
            }
            rows.add(shown);
        }
        return new Table(recap.name(), header.stream().map(column -> label.apply("recap." + column)).toList(), rows);
    }

    private static LocalDateTime wib(Timestamp at) {
        return LocalDateTime.ofInstant(at.toInstant(), WIB).truncatedTo(ChronoUnit.MINUTES);
    }
}
