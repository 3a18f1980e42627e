package id.kinerja.followup;

import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** HR's view of coaching (/admin): what is still open, and what is overdue. */
@Component
public class CoachingOverview {

    /** One open session: the report, their supervisor, and the planned day (null: not planned yet). */
    public record Line(String employee, String supervisor, LocalDate date) {}

    /** Requests still without a plan, sessions planned ahead, sessions whose day passed without an outcome. */
    public record Status(List<Line> unplanned, List<Line> planned, List<Line> overdue) {}

    private final CoachingSessions sessions;
    private final CoachingDates dates;
    private final Employees employees;

    CoachingOverview(CoachingSessions sessions, CoachingDates dates, Employees employees) {
        this.sessions = sessions;
        this.dates = dates;
        this.employees = employees;
    }

    public Status status() {
        return status(AdminScope.whole());
    }

    /** As {@link #status()}, for the sessions of employees in the scope only. */
    public Status status(AdminScope scope) {
        List<CoachingSession> all = sessions.withStatus(List.of(CoachingStatus.UNPLANNED, CoachingStatus.PLANNED,
                CoachingStatus.POSTPONED));
        Map<Long, Employee> people = employees.byIds(all.stream()
                        .flatMap(s -> java.util.stream.Stream.of(s.employeeId(), s.supervisorId())).distinct().toList())
                .stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        List<CoachingSession> open = all.stream()
                .filter(s -> people.containsKey(s.employeeId()) && scope.covers(people.get(s.employeeId()))).toList();
        Map<Long, String> names = people.values().stream().collect(Collectors.toMap(Employee::id, Employee::name));
        Function<CoachingSession, Line> line = s -> new Line(names.getOrDefault(s.employeeId(), "?"),
                names.getOrDefault(s.supervisorId(), "?"), s.date());
        LocalDate today = dates.today();
        return new Status(
                open.stream().filter(s -> s.status() == CoachingStatus.UNPLANNED).map(line).toList(),
                open.stream().filter(s -> s.status().awaitsOutcome() && !s.date().isBefore(today)).map(line).toList(),
                open.stream().filter(s -> s.status().awaitsOutcome() && s.date().isBefore(today)).map(line).toList());
    }
}
