package id.kinerja.followup;

import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import id.kinerja.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;

/**
 * The person's own coaching for their data copy (section {@code coaching}): the sessions where they were the coached
 * employee, with the supervisor who coached them (an official acting in their case), and the Format B.1.8 answers
 * they gave ({@code "1:4 2:3 …"}, statement:score). Never a session where they were the supervisor.
 */
@Component
class CoachingPersonalData implements PersonalDataSource {

    private final CoachingSessions sessions;
    private final Employees employees;
    private final ZoneId zone;

    CoachingPersonalData(CoachingSessions sessions, Employees employees, WorkingCalendar calendar) {
        this.sessions = sessions;
        this.employees = employees;
        this.zone = calendar.zone();
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoachingSession session : sessions.ofEmployee(employeeId)) {
            Map<Integer, Integer> answers = sessions.answers(session.id());
            List<Object> row = new ArrayList<>();
            row.add(employees.byId(session.supervisorId()).map(Employee::name).orElse(null));
            row.add(session.predicate() == null ? null : session.predicate().name());
            row.add(session.kind() == null ? null : session.kind().name());
            row.add(session.date());
            row.add(session.focus());
            row.add(session.status().name());
            row.add(session.outcomeNote());
            row.add(answers.isEmpty() ? null : answers.entrySet().stream()
                    .map(answer -> answer.getKey() + ":" + answer.getValue()).collect(Collectors.joining(" ")));
            row.add(LocalDateTime.ofInstant(session.createdAt(), zone));
            row.add(LocalDateTime.ofInstant(session.updatedAt(), zone));
            rows.add(row);
        }
        return List.of(new PersonalDataSection("coaching", List.of("supervisor", "predicate", "kind", "date", "focus",
                "status", "outcome_note", "feedback_b18_answers", "created_at", "updated_at"), rows));
    }
}
