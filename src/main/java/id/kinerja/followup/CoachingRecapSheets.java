package id.kinerja.followup;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.RecapSheets;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.spreadsheet.Table;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The "Bimbingan" sheet of the recap workbook: the period's coaching — asked for by its evaluations, or planned
 * without one on a day inside it; of the people in the reader's scope. The employees' B.1.8 answers are not in it
 * (they are for the supervisors' supervisors only).
 */
@Component
class CoachingRecapSheets implements RecapSheets {

    private final CoachingSessions sessions;
    private final Employees employees;
    private final Texts texts;

    CoachingRecapSheets(CoachingSessions sessions, Employees employees, Texts texts) {
        this.sessions = sessions;
        this.employees = employees;
        this.texts = texts;
    }

    @Override
    public List<Table> sheets(Period period, AdminScope scope, Language language) {
        List<CoachingSession> ofPeriod = sessions.ofPeriod(period.id(), period.start(), period.end());
        Map<Long, Employee> people = employees.byIds(ofPeriod.stream()
                        .flatMap(s -> Stream.of(s.employeeId(), s.supervisorId())).distinct().toList())
                .stream().collect(Collectors.toMap(Employee::id, e -> e));
        List<List<Object>> rows = new ArrayList<>();
        for (CoachingSession session : ofPeriod) {
            Employee report = people.get(session.employeeId());
            Employee supervisor = people.get(session.supervisorId());
            if (report == null ? !scope.isWhole() : !scope.covers(report)) {
                continue;
            }
            List<Object> row = new ArrayList<>();
            row.add(report == null ? null : report.nip().value());
            row.add(report == null ? null : report.name());
            row.add(supervisor == null ? null : supervisor.name());
            row.add(session.predicate() == null ? null : texts.get(language, session.predicate().textKey()));
            row.add(session.kind() == null ? null : texts.get(language, session.kind().textKey()));
            row.add(session.date());
            row.add(session.focus());
            row.add(texts.get(language, session.status().textKey()));
            row.add(session.outcomeNote());
            rows.add(row);
        }
        List<String> header = Stream.of("nip", "name", "supervisor", "predicate", "kind", "date", "focus", "status",
                "note").map(column -> texts.get(language, "coaching.sheet." + column)).toList();
        return List.of(new Table(texts.get(language, "coaching.sheet.title"), header, rows));
    }
}
