package id.kinerja.account;

import id.kinerja.audit.AuditLog;
import id.kinerja.employee.Employee;
import id.kinerja.employee.Employees;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Binds a Telegram account to an employee record with a one-time code (docs/SPEC.md §2.1, §5 rule 3). */
@Service
public class LinkingAccount {

    private final JdbcClient jdbc;
    private final Employees employees;
    private final Clock clock;
    private final LinkingProperties properties;
    private final AuditLog audit;

    LinkingAccount(JdbcClient jdbc, Employees employees, Clock clock, LinkingProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
    }

    @Transactional
    public LinkOutcome link(long telegramUserId, String typedCode) {
        Instant now = clock.instant();
        Optional<Instant> lockedUntil = lockedUntil(telegramUserId, now);
        if (lockedUntil.isPresent()) {
            return new LinkOutcome.LockedOut(lockedUntil.get());
        }
        Optional<Long> employeeId = usableCode(LinkCode.hash(typedCode), now);
        recordAttempt(telegramUserId, now, employeeId.isPresent());
        if (employeeId.isEmpty()) {
            audit.record(AuditLog.telegramActor(telegramUserId), "LINK_REFUSED", null, null);
            return lockedUntil(telegramUserId, now)
                    .<LinkOutcome>map(LinkOutcome.LockedOut::new)
                    .orElseGet(() -> new LinkOutcome.Refused(
                            properties.maxFailures() - failuresWithin(telegramUserId, now)));
        }
        Employee employee = employees.byId(employeeId.get()).orElseThrow();
        Optional<Employee> current = employees.byTelegramUser(telegramUserId);
        if (current.isPresent() && current.get().id() != employee.id()) {
            audit.record(AuditLog.telegramActor(telegramUserId), "LINK_SWITCH_ASKED", "employee:" + employee.nip(),
                    "linked as employee:" + current.get().nip());
            return new LinkOutcome.SwitchAsked(current.get(), employee, LinkCode.hash(typedCode));
        }
        return bind(telegramUserId, LinkCode.hash(typedCode), employee, null, now);
    }

    /**
     * Switches this account to the employee of a code it was asked about ({@link LinkOutcome.SwitchAsked});
     * empty, with nothing changed, when that code can no longer be used.
     */
    @Transactional
    public Optional<LinkOutcome.Linked> confirmSwitch(long telegramUserId, String codeHash) {
        Instant now = clock.instant();
        Optional<Long> employeeId = usableCode(codeHash, now);
        if (employeeId.isEmpty()) {
            audit.record(AuditLog.telegramActor(telegramUserId), "LINK_SWITCH_STALE", null, null);
            return Optional.empty();
        }
        Employee employee = employees.byId(employeeId.get()).orElseThrow();
        Employee replaced = employees.byTelegramUser(telegramUserId).filter(e -> e.id() != employee.id()).orElse(null);
        return Optional.of(bind(telegramUserId, codeHash, employee, replaced, now));
    }

    /** The employee of a code that is neither used, revoked nor expired; the row stays locked until commit. */
    private Optional<Long> usableCode(String codeHash, Instant now) {
        return jdbc.sql("""
                        select employee_id from link_code
                         where code_hash = ? and used_at is null and revoked_at is null and expires_at > ?
                         for update""")
                .params(codeHash, Timestamp.from(now))
                .query(Long.class).optional();
    }

    private LinkOutcome.Linked bind(long telegramUserId, String codeHash, Employee employee, Employee replaced,
                                    Instant now) {
        jdbc.sql("update link_code set used_at = ? where code_hash = ?")
                .params(Timestamp.from(now), codeHash).update();
        employees.bindTelegram(employee.id(), telegramUserId, now);
        Long previous = employee.telegramUserId() != null && employee.telegramUserId() != telegramUserId
                ? employee.telegramUserId() : null;
        if (replaced != null) {
            audit.record(AuditLog.telegramActor(telegramUserId), "UNLINKED", "employee:" + replaced.nip(),
                    "switched to employee:" + employee.nip());
        }
        audit.record(AuditLog.telegramActor(telegramUserId), previous == null ? "LINKED" : "RELINKED",
                "employee:" + employee.nip(), previous == null ? null : "moved from telegram:" + previous);
        return new LinkOutcome.Linked(employees.byId(employee.id()).orElseThrow(), previous, replaced);
    }

    /** Removes the binding of this Telegram account, if any. */
    @Transactional
    public Optional<Employee> unlink(long telegramUserId) {
        Optional<Employee> employee = employees.byTelegramUser(telegramUserId);
        employee.ifPresent(e -> {
            employees.unbindTelegram(e.id(), clock.instant());
            audit.record(AuditLog.telegramActor(telegramUserId), "UNLINKED", "employee:" + e.nip(), null);
        });
        return employee;
    }

    /**
     * Locked for one window after the failure that made {@code maxFailures} failures within one
     * window; attempts while locked are not recorded, so the lock ends exactly a window later.
     */
    private Optional<Instant> lockedUntil(long telegramUserId, Instant now) {
        List<Instant> latest = jdbc.sql("""
                        select attempted_at from link_attempt
                         where telegram_user_id = ? and not succeeded and attempted_at > ?
                         order by attempted_at desc limit ?""")
                .params(telegramUserId, Timestamp.from(now.minus(properties.lockoutWindow().multipliedBy(2))),
                        properties.maxFailures())
                .query(Timestamp.class).list().stream().map(Timestamp::toInstant).toList();
        if (latest.size() < properties.maxFailures()) {
            return Optional.empty();
        }
        Instant newest = latest.get(0);
        Instant oldest = latest.get(latest.size() - 1);
        Instant until = newest.plus(properties.lockoutWindow());
        boolean streak = !oldest.plus(properties.lockoutWindow()).isBefore(newest);
        return streak && until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    private int failuresWithin(long telegramUserId, Instant now) {
        return jdbc.sql("""
                        select count(*) from link_attempt
                         where telegram_user_id = ? and not succeeded and attempted_at > ?""")
                .params(telegramUserId, Timestamp.from(now.minus(properties.lockoutWindow())))
                .query(Integer.class).single();
    }

    private void recordAttempt(long telegramUserId, Instant now, boolean succeeded) {
        jdbc.sql("insert into link_attempt (telegram_user_id, attempted_at, succeeded) values (?, ?, ?)")
                .params(telegramUserId, Timestamp.from(now), succeeded).update();
    }
}
