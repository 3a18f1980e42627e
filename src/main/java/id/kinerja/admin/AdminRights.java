package id.kinerja.admin;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives an employee HR (admin) rights. */
@Service
class AdminRights {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AdminRights(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** True when the employee was not an admin before. */
    @Transactional
    public boolean grant(Employee employee) {
        int updated = jdbc.sql("update employee set is_admin = true, updated_at = now() where id = ? and not is_admin")
                .param(employee.id()).update();
        if (updated > 0) {
            audit.record(AdminCli.ACTOR, "ADMIN_GRANTED", "employee:" + employee.nip(), null);
        }
        return updated > 0;
    }
}
