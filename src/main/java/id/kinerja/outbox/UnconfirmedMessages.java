package id.kinerja.outbox;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.AdminScope;
import id.kinerja.employee.AdminScopes;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import id.kinerja.employee.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's view of the messages that ended UNCONFIRMED (sent during a crash, may not have arrived) about people in their
 * scope, and the one way to send them again: once each, through the queue, audited.
 */
@Service
public class UnconfirmedMessages {

    /** One such message: its id (what the resend button carries), its kind, whom it was about, when it was queued. */
    public record Line(long id, String kind, Employee employee, Instant queuedAt) {}

    private final Outbox outbox;
    private final Employees employees;
    private final AdminScopes scopes;
    private final AuditLog audit;

    UnconfirmedMessages(Outbox outbox, Employees employees, AdminScopes scopes, AuditLog audit) {
        this.outbox = outbox;
        this.employees = employees;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The messages not resent yet about employees in the HR admin's scope, oldest first; HR only. */
    public List<Line> inScope(Requester hr) {
        return inScope(scopes.of(hr));
    }

    /**
     * Queues again each message listed for this HR admin with an id up to {@code upToId} (what the screen showed), once;
     * returns how many. Audited when something was queued. A message resent already, gone, or outside the scope is
     * left alone.
     */
    @Transactional
    public int resend(Requester hr, long upToId) {
        AdminScope scope = scopes.of(hr);
        List<Long> resent = new ArrayList<>();
        for (Line line : inScope(scope)) {
            if (line.id() <= upToId && outbox.resend(line.id())) {
                resent.add(line.id());
            }
        }
        if (!resent.isEmpty()) {
            audit.record(hr.auditActor(), "UNCONFIRMED_RESENT", "scope:" + scope,
                    "count=" + resent.size() + " messages=" + resent);
        }
        return resent.size();
    }

    private List<Line> inScope(AdminScope scope) {
        List<Outbox.Unconfirmed> all = outbox.unconfirmed();
        Map<Long, Employee> people = employees.byIds(all.stream().map(Outbox.Unconfirmed::employeeId).toList())
                .stream().collect(Collectors.toMap(Employee::id, Function.identity()));
        return all.stream()
                .filter(u -> people.containsKey(u.employeeId()) && scope.covers(people.get(u.employeeId())))
                .map(u -> new Line(u.id(), u.kind(), people.get(u.employeeId()), u.createdAt()))
                .toList();
    }
}
