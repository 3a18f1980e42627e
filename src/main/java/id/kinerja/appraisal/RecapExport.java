package id.kinerja.appraisal;

import id.kinerja.spreadsheet.Table;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.CalendarProperties;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import id.kinerja.employee.RosterLine;
import id.kinerja.spreadsheet.ExportFormat;
import id.kinerja.spreadsheet.XlsxWorkbook;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
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
 * predicate and when it was evaluated (in the calendar's zone, WIB by default, to the minute); rating
 * columns are empty when not evaluated yet. Only HR may have it, and only of the people in its {@link AdminScope}.
 * The workbook adds a summary with the predicate distribution per unit and a sheet per unit ({@link RecapWorkbook}).
 * Written as XLSX or CSV, always with the same columns: the CSV (the machine format that
 * {@code import-evaluations} reads back) with column names and codes, the workbook (what HR reads) with the
 * chat's labels in the reader's language.
 */
@Service
public class RecapExport {

    static final List<String> HEADER = List.of("nip", "name", "unit", "position", "supervisor", "work_result",
            "behaviour", "predicate", "evaluated_at");
    /** The columns whose codes people read as the chat's labels, and the text key of each code. */
    private static final Map<String, Function<String, String>> LABELLED = Map.of(
            "work_result", code -> Rating.valueOf(code).textKey(),
            "behaviour", code -> Rating.valueOf(code).textKey(),
            "predicate", code -> Predicate.valueOf(code).textKey());

    /** One stored evaluation as the recap shows it. */
    private record Evaluated(String workResult, String behaviour, String predicate, LocalDateTime at) {}

    private final JdbcClient jdbc;
    private final Employees employees;
    private final AuditLog audit;
    private final Texts texts;
    private final ZoneId zone;
    private final List<RecapSheets> more;
    private final AdminScopes scopes;
    private final RecapWorkbook workbook;

    RecapExport(JdbcClient jdbc, Employees employees, AuditLog audit, Texts texts, CalendarProperties calendar) {
        this(jdbc, employees, audit, texts, calendar, List.of(), null, null);
    }

    @org.springframework.beans.factory.annotation.Autowired
    RecapExport(JdbcClient jdbc, Employees employees, AuditLog audit, Texts texts, CalendarProperties calendar,
            List<RecapSheets> more, AdminScopes scopes, RecapWorkbook workbook) {
        this.scopes = scopes;
        this.workbook = workbook;
        this.jdbc = jdbc;
        this.employees = employees;
        this.audit = audit;
        this.texts = texts;
        this.zone = calendar.zone();
        this.more = List.copyOf(more);
    }

    /** The recap as a file's bytes, to send to HR in the chat; a workbook is in {@code language}. */
    public record ChatFile(Period period, ExportFormat format, byte[] content, int rows) {}

    /**
     * The recap as a file, e.g. to send to HR in the chat; anyone else is refused before anything is read. Not
     * audited yet: {@link #delivered} records the export once the file has reached the chat.
     */
    @Transactional(readOnly = true)
    public ChatFile file(Period period, ExportFormat format, Language language, Requester requester) {
        requester.requireHr();
        AdminScope scope = scopes.of(requester);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Table recap = recap(period, scope);
        try {
            write(period, scope, format, language, recap, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ChatFile(period, format, bytes.toByteArray(), recap.rows().size());
    }

    /** The file from {@link #file} reached {@code requester}'s chat. */
    public void delivered(ChatFile file, Requester requester) {
        exported(file.period(), requester.auditActor(), file.rows(), "chat as " + file.format());
    }

    /**
     * Writes the recap to a file (the stream stays open) for HR, audited as done by {@code requester}; anyone else
     * is refused before anything is read. A workbook is in {@code language}. Returns the number of employees.
     */
    @Transactional
    public int export(Period period, ExportFormat format, Language language, OutputStream out, String target,
            Requester requester) throws IOException {
        requester.requireHr();
        AdminScope scope = scopes.of(requester);
        Table recap = recap(period, scope);
        write(period, scope, format, language, recap, out);
        exported(period, requester.auditActor(), recap.rows().size(), target);
        return recap.rows().size();
    }

    /**
     * The CSV is the recap alone; the workbook is the summary, the labelled recap and a sheet per unit
     * ({@link RecapWorkbook}), then every {@link RecapSheets}' sheets — all of them of the people in {@code scope}.
     */
    private void write(Period period, AdminScope scope, ExportFormat format, Language language, Table recap,
            OutputStream out)
            throws IOException {
        if (!format.readByPeople()) {
            format.write(recap, out);
            return;
        }
        List<Table> others = new ArrayList<>();
        for (RecapSheets contributor : more) {
            others.addAll(contributor.sheets(period, scope, language));
        }
        List<Table> sheets = new ArrayList<>(workbook.sheets(recap, labelled(recap, language), others, language));
        sheets.addAll(others);
        XlsxWorkbook.write(sheets, out);
    }

    private void exported(Period period, String actor, int rows, String target) {
        audit.record(actor, "RECAP_EXPORTED", "period:" + period.code(), rows + " rows to " + target);
    }

    /**
     * The one place that decides the recap's columns and rows: the people {@code scope} covers (a supervisor outside
     * it, e.g. the camat above a lurah, is still named); the sheet is named after the period.
     */
    Table recap(Period period, AdminScope scope) {
        Map<Long, Evaluated> evaluations = new HashMap<>();
        jdbc.sql("select employee_id, work_result, behaviour, predicate, updated_at from evaluation"
                + " where period_id = ?")
                .param(period.id()).query(rs -> {
                    evaluations.put(rs.getLong("employee_id"), new Evaluated(rs.getString("work_result"),
                            rs.getString("behaviour"), rs.getString("predicate"),
                            local(rs.getTimestamp("updated_at").toInstant())));
                });
        List<List<Object>> rows = new ArrayList<>();
        for (RosterLine line : employees.roster()) {
            Employee e = line.employee();
            if (!scope.covers(e)) {
                continue;
            }
            Evaluated v = evaluations.get(e.id());
            rows.add(Arrays.asList(e.nip().value(), e.name(), e.unitName(), e.position(), line.supervisorName(),
                    v == null ? null : v.workResult(), v == null ? null : v.behaviour(),
                    v == null ? null : v.predicate(), v == null ? null : v.at()));
        }
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

    /** A moment as the office's clock shows it (the calendar's zone), to the minute. */
    LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
    }
}
