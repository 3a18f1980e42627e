package id.kinerja.followup;

import id.kinerja.employee.AdminScope;
import id.kinerja.audit.AuditLog;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Nip;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competence development hours (DOMAIN.md §9): an employee records their own activities and deletes their own
 * wrong entries; their JP of a year are held against the target of a PNS or a PPPK. Every change is audited.
 */
@Service
public class DevelopmentHours {

    /** Someone below the target in a year. */
    public record Shortfall(Employee employee, DevelopmentStanding standing) {}

    private final DevelopmentActivities activities;
    private final Employees employees;
    private final DevelopmentProperties properties;
    private final AuditLog audit;
    private final WorkingCalendar calendar;
    private final Clock clock;

    DevelopmentHours(DevelopmentActivities activities, Employees employees, DevelopmentProperties properties,
                     AuditLog audit, WorkingCalendar calendar, Clock clock) {
        this.activities = activities;
        this.employees = employees;
        this.properties = properties;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Today in the office's zone: what "this year" and "not in the future" mean. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendar.zone()));
    }

    /**
     * Records the employee's own activity after reading every field again (a draft kept in the conversation is
     * not trusted); empty with the problem when a field no longer passes (e.g. the day changed).
     */
    @Transactional
    public Optional<DevelopmentInput.Read<?>> record(Employee me, DevelopmentEntry entry) {
        LocalDate today = today();
        List<DevelopmentInput.Read<?>> checks = List.of(DevelopmentInput.text(entry.title()),
                DevelopmentInput.text(entry.organiser()), DevelopmentInput.jp(String.valueOf(entry.jp())),
                DevelopmentInput.start(format(entry.start()), today),
                DevelopmentInput.end(format(entry.end()), entry.start(), today));
        for (DevelopmentInput.Read<?> check : checks) {
            if (!check.isOk()) {
                return Optional.of(check);
            }
        }
        long id = activities.insert(me.id(), entry, clock.instant());
        audit.record("employee:" + me.nip(), "DEVELOPMENT_RECORDED", "employee:" + me.nip(),
                "activity " + id + ": " + entry.kind() + ", " + entry.jp() + " JP, " + entry.start() + ".." + entry.end());
        return Optional.empty();
    }

    /** Deletes one of the employee's own activities; false (nothing changed) for anyone else's or a gone one. */
    @Transactional
    public boolean delete(Employee me, long activityId) {
        Optional<DevelopmentActivity> activity = activities.byId(activityId);
        if (activity.isEmpty() || activity.get().employeeId() != me.id() || !activities.delete(activityId, me.id())) {
            return false;
        }
        DevelopmentActivity gone = activity.get();
        audit.record("employee:" + me.nip(), "DEVELOPMENT_DELETED", "employee:" + me.nip(),
                "activity " + gone.id() + ": " + gone.kind() + ", " + gone.jp() + " JP, " + gone.start() + ".." + gone.end());
        return true;
    }

    public Optional<DevelopmentActivity> activity(long activityId) {
        return activities.byId(activityId);
    }

    /** The employee's activities that ended in the year, newest first. */
    public List<DevelopmentActivity> activities(long employeeId, int year) {
        return activities.of(employeeId, year);
    }

    public List<DevelopmentActivity> allActivities(long employeeId) {
        return activities.allOf(employeeId);
    }

    public DevelopmentStanding standing(long employeeId, int year) {
        return standings(List.of(employeeId), year).get(employeeId);
    }

    /** Each employee's standing in the year, in the order given. */
    public Map<Long, DevelopmentStanding> standings(Collection<Long> employeeIds, int year) {
        Map<Long, DevelopmentActivities.Sum> sums = activities.sums(employeeIds, year);
        Map<Long, Nip.Kind> employment = employees.employment(employeeIds);
        Map<Long, DevelopmentStanding> standings = new LinkedHashMap<>();
        for (long id : employeeIds) {
            DevelopmentActivities.Sum sum = sums.getOrDefault(id, DevelopmentActivities.Sum.NONE);
            standings.put(id, new DevelopmentStanding(year, sum.jp(), DevelopmentTarget.of(
                    employment.getOrDefault(id, Nip.Kind.PNS), properties.targetJp()), sum.count()));
        }
        return standings;
    }

    /** Every active employee with their standing in the year, by unit and name. */
    public List<Shortfall> everyone(int year) {
        List<Employee> all = employees.all();
        Map<Long, DevelopmentStanding> standings = standings(all.stream().map(Employee::id).toList(), year);
        List<Shortfall> rows = new ArrayList<>(all.size());
        all.forEach(e -> rows.add(new Shortfall(e, standings.get(e.id()))));
        return rows;
    }

    /** The active employees below their target in the year, by unit and name. */
    public List<Shortfall> belowTarget(int year) {
        return everyone(year).stream().filter(s -> s.standing().belowTarget()).toList();
    }

    /** The active employees in the scope below their target in the year, by unit and name. */
    public List<Shortfall> belowTarget(int year, AdminScope scope) {
        return belowTarget(year).stream().filter(s -> scope.covers(s.employee())).toList();
    }

    private static String format(LocalDate date) {
        return String.format("%02d-%02d-%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
