package id.kinerja.appraisal;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Reports;
import id.kinerja.employee.Unit;
import id.kinerja.employee.Units;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Progress of an open period inside an HR admin's scope: per unit in tree order, done / pending / overdue,
 * and the supervisors who still have evaluations to do, with how many working days they are late.
 * An evaluation counts in the unit of the employee evaluated; a supervisor is listed for the pending
 * evaluations of employees in scope (the supervisor may sit in a parent unit, e.g. the camat of a lurah).
 */
@Service
public class UnitProgress {

    /**
     * One unit's own employees (not its sub-units'): {@code done} evaluated, {@code pending} not evaluated and the
     * due date not passed, {@code overdue} not evaluated after the due date (so one of the two is always 0).
     * {@code depth}: 0 for the top of the scope, 1 for its children, …
     */
    public record UnitLine(Unit unit, int depth, int done, int pending, int overdue) {
        public int total() {
            return done + pending + overdue;
        }
    }

    /**
     * A supervisor with evaluations still to do for employees in scope; {@code workingDaysLate} counts the
     * working days after the due date up to today (0 while the due date has not passed).
     */
    public record SupervisorLine(long supervisorId, String name, String unit, int pending, int workingDaysLate) {
        public boolean late() {
            return workingDaysLate > 0;
        }
    }

    /**
     * One open period in one scope. {@code units}: every unit in scope with someone to evaluate in it or below it,
     * in tree order; {@code supervisors}: most pending first, then by name; totals over the whole scope.
     */
    public record Progress(Period period, LocalDate today, List<UnitLine> units, List<SupervisorLine> supervisors,
                           int done, int pending, int overdue) {
        public int total() {
            return done + pending + overdue;
        }

        /** Whether the due date has passed (everything still pending is overdue). */
        public boolean pastDue() {
            return today.isAfter(period.due());
        }
    }

    private final Periods periods;
    private final Reports reports;
    private final Units units;
    private final Employees employees;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final JdbcClient jdbc;

    UnitProgress(Periods periods, Reports reports, Units units, Employees employees, WorkingCalendar calendar,
                 Clock clock, JdbcClient jdbc) {
        this.periods = periods;
        this.reports = reports;
        this.units = units;
        this.employees = employees;
        this.calendar = calendar;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Each open period, earliest due date first. */
    public List<Progress> open(AdminScope scope) {
        return periods.open().stream().map(period -> of(period, scope)).toList();
    }

    /** The supervisors with pending evaluations in scope in any open period (ids, each once). */
    public Set<Long> supervisorsWithPending(AdminScope scope) {
        Set<Long> ids = new java.util.TreeSet<>();
        open(scope).forEach(p -> p.supervisors().forEach(s -> ids.add(s.supervisorId())));
        return ids;
    }

    public Progress of(Period period, AdminScope scope) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        boolean pastDue = today.isAfter(period.due());
        Set<Long> evaluated = new HashSet<>(jdbc.sql("select employee_id from evaluation where period_id = ?")
                .param(period.id()).query(Long.class).list());
        Map<Long, int[]> perUnit = new HashMap<>(); // unit id → {done, not done}
        Map<Long, Integer> pendingBySupervisor = new LinkedHashMap<>();
        int done = 0;
        int notDone = 0;
        for (Reports.UnitReport report : reports.inScope(scope)) {
            int[] counts = perUnit.computeIfAbsent(report.unitId(), u -> new int[2]);
            if (evaluated.contains(report.employeeId())) {
                counts[0]++;
                done++;
            } else {
                counts[1]++;
                notDone++;
                pendingBySupervisor.merge(report.supervisorId(), 1, Integer::sum);
            }
        }
        List<UnitLine> lines = unitLines(scope, perUnit, pastDue);
        int daysLate = pastDue ? Math.max(0, calendar.workingDaysBetween(period.due(), today)) : 0;
        List<SupervisorLine> supervisors = employees.byIds(pendingBySupervisor.keySet()).stream()
                .map(s -> supervisorLine(s, pendingBySupervisor.get(s.id()), daysLate))
                .sorted(Comparator.comparingInt(SupervisorLine::pending).reversed()
                        .thenComparing(SupervisorLine::name).thenComparingLong(SupervisorLine::supervisorId))
                .toList();
        return new Progress(period, today, lines, supervisors, done, pastDue ? 0 : notDone, pastDue ? notDone : 0);
    }

    private static SupervisorLine supervisorLine(Employee supervisor, int pending, int daysLate) {
        return new SupervisorLine(supervisor.id(), supervisor.name(), supervisor.unitName(), pending, daysLate);
    }

    /** The scope's units in tree order, keeping those with someone to evaluate in them or below them. */
    private List<UnitLine> unitLines(AdminScope scope, Map<Long, int[]> perUnit, boolean pastDue) {
        List<Unit> tree = scope.root().map(root -> units.subtree(root.id())).orElseGet(units::all);
        Map<Long, Integer> depth = new HashMap<>();
        for (Unit unit : tree) {
            Integer parentDepth = unit.parentId() == null ? null : depth.get(unit.parentId());
            depth.put(unit.id(), parentDepth == null ? 0 : parentDepth + 1);
        }
        // a unit is kept when it or a unit below it has reports: walk up from every unit with reports
        Map<Long, Unit> byId = new HashMap<>();
        tree.forEach(u -> byId.put(u.id(), u));
        Set<Long> kept = new HashSet<>();
        for (Long unitId : perUnit.keySet()) {
            Unit unit = byId.get(unitId);
            while (unit != null && kept.add(unit.id())) {
                unit = unit.parentId() == null ? null : byId.get(unit.parentId());
            }
        }
        List<UnitLine> lines = new ArrayList<>();
        for (Unit unit : tree) {
            if (kept.contains(unit.id())) {
                int[] counts = perUnit.getOrDefault(unit.id(), new int[2]);
                lines.add(new UnitLine(unit, depth.get(unit.id()), counts[0], pastDue ? 0 : counts[1],
                        pastDue ? counts[1] : 0));
            }
        }
        return lines;
    }
}
