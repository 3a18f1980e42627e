package id.kinerja.account;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Requester;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues link codes; a new code for an employee revokes the unused ones issued before. */
@Service
public class LinkCodes {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final LinkingProperties properties;
    private final AuditLog audit;
    private final AdminScopes scopes;

    LinkCodes(JdbcClient jdbc, Clock clock, LinkingProperties properties, AuditLog audit, AdminScopes scopes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
        this.scopes = scopes;
    }

    /**
     * A code issued by HR, audited as done by {@code hr}; empty, with nothing changed, for someone outside HR's part of
     * the organisation. Anyone but HR is refused ({@link Requester.NotHr}).
     */
    @Transactional
    public Optional<String> issue(Employee employee, Requester hr) {
        if (!scopes.of(hr).covers(employee)) {
            return Optional.empty();
        }
        return Optional.of(issue(employee, hr.auditActor()));
    }

    @Transactional
    public String issue(Employee employee, String actor) {
        Instant now = clock.instant();
        jdbc.sql("update link_code set revoked_at = ? where employee_id = ? and used_at is null and revoked_at is null")
                .params(Timestamp.from(now), employee.id()).update();
        String code = LinkCode.generate();
        jdbc.sql("insert into link_code (employee_id, code_hash, created_at, expires_at) values (?, ?, ?, ?)")
                .params(employee.id(), LinkCode.hash(code), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.codeTtl())))
                .update();
        audit.record(actor, "LINK_CODE_ISSUED", "employee:" + employee.nip(), null);
        return code;
    }

    /**
     * Retention: removes the codes created before {@code createdBefore} that can no longer be used (used,
     * revoked, or expired by {@code now}); how many went.
     */
    public int deleteSpent(Instant now, Instant createdBefore) {
        return jdbc.sql("""
                        delete from link_code where (used_at is not null or revoked_at is not null or expires_at < ?)
                           and created_at < ?""")
                .params(Timestamp.from(now), Timestamp.from(createdBefore)).update();
    }
}
