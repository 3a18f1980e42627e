package id.kinerja.employee;

import id.kinerja.audit.AuditLog;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives an employee HR (admin) rights, for the whole organisation or for one unit subtree. */
@Service
public class AdminRights {

    /** What {@link #grant} did. */
    public enum Granted {
        /** The employee had no HR rights and now has them. */
        GRANTED,
        /** The employee was HR already and now acts on another part of the organisation. */
        SCOPE_CHANGED,
        /** Nothing changed: the employee was HR for exactly this part already. */
        ALREADY,
        /** The requester's own scope does not reach the employee or the unit; nothing changed. */
        OUTSIDE_SCOPE
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AdminScopes scopes;

    AdminRights(JdbcClient jdbc, AuditLog audit, AdminScopes scopes) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.scopes = scopes;
    }

    /**
     * HR rights for {@code unit}'s subtree (empty: the whole organisation). Only HR may grant, and only within its own
     * scope: an HR admin of one kelurahan can neither grant the whole organisation nor reach another kelurahan.
     */
    @Transactional
    public Granted grant(Employee employee, Optional<Unit> unit, Requester requester) {
        AdminScope own = scopes.of(requester);
        if (!own.covers(employee) || unit.map(u -> !own.coversUnit(u.id())).orElse(!own.isWhole())) {
            return Granted.OUTSIDE_SCOPE;
        }
        Long unitId = unit.map(Unit::id).orElse(null);
        var before = jdbc.sql("select is_admin, admin_unit_id from employee where id = ? for update").param(employee.id())
                .query((rs, row) -> new Object[] {rs.getBoolean(1), rs.getObject(2)}).single();
        boolean wasAdmin = (Boolean) before[0];
        Long wasUnit = before[1] == null ? null : ((Number) before[1]).longValue();
        if (wasAdmin && java.util.Objects.equals(wasUnit, unitId)) {
            return Granted.ALREADY;
        }
        jdbc.sql("update employee set is_admin = true, admin_unit_id = ?, updated_at = now() where id = ?")
                .param(unitId).param(employee.id()).update();
        audit.record(requester.auditActor(), wasAdmin ? "ADMIN_SCOPE_CHANGED" : "ADMIN_GRANTED",
                "employee:" + employee.nip(), unit.map(u -> "unit:" + u.id() + " " + u.name()).orElse("whole organisation"));
        return wasAdmin ? Granted.SCOPE_CHANGED : Granted.GRANTED;
    }
}
