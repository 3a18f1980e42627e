package id.kinerja.appraisal;

import id.kinerja.calendar.CalendarProperties;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The "Keberatan" sheet of the recap workbook: every objection of the period, the open ones marked "dalam keberatan",
 * with the decision deadline, the evaluation as it was and as decided. Labels in the reader's language. No objection in
 * the period, no sheet.
 */
@Component
@Order(30)
class ObjectionRecapSheets implements RecapSheets {

    static final List<String> COLUMNS = List.of("nip", "name", "unit", "rater", "decider", "filed_at", "status",
            "decide_by", "original_predicate", "decided_predicate", "decided_at", "reasons");

    private final Objections objections;
    private final Texts texts;
    private final ZoneId zone;

    ObjectionRecapSheets(Objections objections, Texts texts, CalendarProperties calendar) {
        this.objections = objections;
        this.texts = texts;
        this.zone = calendar.zone();
    }

    @Override
    public List<Table> sheets(Period period, AdminScope scope, Language language) {
        List<Objections.Case> cases = objections.inPeriod(period.id()).stream()
                .filter(c -> scope.covers(c.employee())).toList();
        if (cases.isEmpty()) {
            // a period without objections keeps the workbook to its recap
            return List.of();
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Objections.Case c : cases) {
            Objection o = c.objection();
            String decider = o.decidedBy() != null ? c.decidedBy().map(Employee::name).orElse(null)
                    : objections.deciders(o).stream().map(Employee::name).reduce((a, b) -> a + ", " + b).orElse(null);
            rows.add(Arrays.asList(c.employee().nip().value(), c.employee().name(), c.employee().unitName(),
                    c.rater() == null ? null : c.rater().name(), decider, local(o.filedAt()),
                    label(language, o.status().textKey()), o.isOpen() ? o.decideBy() : null,
                    label(language, o.originalPredicate().textKey()),
                    o.decidedPredicate() == null ? null : label(language, o.decidedPredicate().textKey()),
                    o.decidedAt() == null ? null : local(o.decidedAt()), o.reasons()));
        }
        return List.of(new Table(label(language, "objection.sheet_name"),
                COLUMNS.stream().map(column -> label(language, "objection.column_" + column)).toList(), rows));
    }

    private String label(Language language, String key) {
        return Html.plain(texts.get(language, key));
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES);
    }
}
