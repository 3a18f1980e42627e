package id.kinerja.employee;

import id.kinerja.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives an employee HR (admin) rights. */
@Service
public class AdminRights {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AdminRights(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** True when the employee was not an admin before; only HR may grant it. */
    @Transactional
    public boolean grant(Employee employee, Requester requester) {
        requester.requireHr();
        int updated = jdbc.sql("update employee set is_admin = true, updated_at = now() where id = ? and not is_admin")
                .param(employee.id()).update();
        if (updated > 0) {
            audit.record(requester.auditActor(), "ADMIN_GRANTED", "employee:" + employee.nip(), null);
        }
        return updated > 0;
    }
}
