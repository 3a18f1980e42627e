package id.kinerja.employee;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the {@link AdminScope} of whoever asks: an HR admin's granted subtree, or the command line's {@code --unit}. */
@Service
public class AdminScopes {

    private final JdbcClient jdbc;
    private final Units units;
    private final Employees employees;

    AdminScopes(JdbcClient jdbc, Units units, Employees employees) {
        this.jdbc = jdbc;
        this.units = units;
        this.employees = employees;
    }

    /** The scope of an HR requester; refuses ({@link Requester.NotHr}) anyone without HR rights. */
    public AdminScope of(Requester requester) {
        requester.requireHr();
        Optional<Long> unitId = requester.employee().isPresent()
                ? jdbc.sql("select admin_unit_id from employee where id = ?").param(requester.employee().get().id())
                        .query((rs, row) -> (Long) rs.getObject(1)).optional().flatMap(Optional::ofNullable)
                : requester.commandLineUnit();
        return unitId.flatMap(units::byId).map(this::subtreeOf).orElse(AdminScope.whole());
    }

    /** The scope of an HR admin in the chat. */
    public AdminScope of(Employee admin) {
        return of(Requester.of(admin));
    }

    /**
     * The active HR admins whose scope covers {@code person}, other than the person: who is told about and may answer
     * what concerns them (a correction request, an objection HR decides).
     */
    public List<Employee> adminsCovering(Employee person) {
        return adminsCoveringUnit(person.unitId()).stream().filter(admin -> admin.id() != person.id()).toList();
    }

    /** The active HR admins whose scope covers the unit: who is told about it. */
    public List<Employee> adminsCoveringUnit(long unitId) {
        Map<Long, Long> scopeUnitByAdmin = new HashMap<>();
        jdbc.sql("select id, admin_unit_id from employee where is_admin and active").query(rs -> {
            scopeUnitByAdmin.put(rs.getLong("id"), (Long) rs.getObject("admin_unit_id"));
        });
        Map<Long, AdminScope> byUnit = new HashMap<>();
        return employees.byIds(scopeUnitByAdmin.keySet()).stream()
                .filter(admin -> {
                    Long scopeUnit = scopeUnitByAdmin.get(admin.id());
                    return scopeUnit == null || byUnit.computeIfAbsent(scopeUnit,
                            id -> units.byId(id).map(this::subtreeOf).orElse(AdminScope.whole())).coversUnit(unitId);
                })
                .toList();
    }

    /** One unit and everything below it. */
    public AdminScope subtreeOf(Unit unit) {
        return AdminScope.of(unit, units.subtree(unit.id()));
    }
}
