package id.kinerja.employee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The roster as stored. */
@Repository
public class Employees {

    private static final String SELECT = """
            select e.id, e.nip, e.name, e.position, e.unit_id, u.name as unit_name, e.supervisor_id,
                   e.is_admin, e.active, e.telegram_user_id
              from employee e join unit u on u.id = e.unit_id
            """;

    /** The active employee linked to a Telegram account ({@code :telegramUser}). */
    private static final String LINKED_TO_TELEGRAM_USER =
            SELECT + " where e.telegram_user_id = :telegramUser and e.active";

    private final JdbcClient jdbc;

    Employees(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Employee> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(Employees::map).optional();
    }

    /** Whether each of these employees is a PNS or a PPPK (as the roster says; PNS unless it says PPPK). */
    public Map<Long, Nip.Kind> employment(Collection<Long> employeeIds) {
        Map<Long, Nip.Kind> kinds = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return kinds;
        }
        jdbc.sql("select id, employment from employee where id = any(?)")
                .param(employeeIds.toArray(Long[]::new))
                .query(rs -> {
                    kinds.put(rs.getLong("id"), Nip.Kind.valueOf(rs.getString("employment")));
                });
        return kinds;
    }

    public Optional<Employee> byNip(Nip nip) {
        return jdbc.sql(SELECT + " where e.nip = ?").param(nip.value()).query(Employees::map).optional();
    }

    public Optional<Employee> byTelegramUser(long telegramUserId) {
        return jdbc.sql(LINKED_TO_TELEGRAM_USER)
                .param("telegramUser", telegramUserId).query(Employees::map).optional();
    }

    public List<Employee> inUnit(long unitId) {
        return jdbc.sql(SELECT + " where e.unit_id = ? and e.active order by e.name")
                .param(unitId).query(Employees::map).list();
    }

    /** Whether anyone active on the roster reports directly to this employee. */
    public boolean hasReports(long supervisorId) {
        return jdbc.sql("select exists (select 1 from employee where supervisor_id = ? and active)")
                .param(supervisorId).query(Boolean.class).single();
    }

    public List<Employee> all() {
        return jdbc.sql(SELECT + " where e.active order by u.name, e.name").query(Employees::map).list();
    }

    private static Employee map(ResultSet rs, int row) throws SQLException {
        long supervisor = rs.getLong("supervisor_id");
        Long supervisorId = rs.wasNull() ? null : supervisor;
        long telegram = rs.getLong("telegram_user_id");
        Long telegramUserId = rs.wasNull() ? null : telegram;
        return new Employee(rs.getLong("id"), new Nip(rs.getString("nip")), rs.getString("name"),
                rs.getString("position"), rs.getLong("unit_id"), rs.getString("unit_name"), supervisorId,
                rs.getBoolean("is_admin"), rs.getBoolean("active"), telegramUserId);
    }

    /**
     * The Telegram account each of these employees is linked to now; an employee who is not linked has no
     * entry. One statement for the whole batch (the outbox asks on every claim).
     */
    public Map<Long, Long> linkedChats(Collection<Long> employeeIds) {
        Map<Long, Long> linked = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return linked;
        }
        jdbc.sql("select id, telegram_user_id from employee where id = any(?) and telegram_user_id is not null")
                .param(employeeIds.toArray(Long[]::new))
                .query(rs -> {
                    linked.put(rs.getLong("id"), rs.getLong("telegram_user_id"));
                });
        return linked;
    }

    /**
     * The bot cannot reach this employee: {@code refusal} is the Bot API's answer as Telegram wrote it (kept for
     * operators; HR reads its {@link UnreachableCause}).
     */
    public void markUnreachable(long employeeId, String refusal, Instant at) {
        jdbc.sql("update employee set unreachable_at = ?, unreachable_reason = ? where id = ?")
                .params(Timestamp.from(at), refusal, employeeId).update();
    }

    /** A message reached this employee: a mark of being unreachable is cleared. */
    public void markReachable(long employeeId) {
        jdbc.sql("""
                        update employee set unreachable_at = null, unreachable_reason = null
                         where id = ? and unreachable_at is not null""")
                .param(employeeId).update();
    }

    /** These employees, active or not, by name (one statement for any number of ids). */
    public List<Employee> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where e.id = any(?) order by e.name")
                .param(ids.stream().distinct().toArray(Long[]::new)).query(Employees::map).list();
    }

    /**
     * Binds a Telegram account to this employee, taking it from any other employee it was bound to, and
     * clears the unreachable mark: the account just spoke to the bot.
     */
    public void bindTelegram(long employeeId, long telegramUserId, Instant at) {
        jdbc.sql("update employee set telegram_user_id = null, updated_at = ? where telegram_user_id = ? and id <> ?")
                .params(Timestamp.from(at), telegramUserId, employeeId).update();
        jdbc.sql("""
                        update employee set telegram_user_id = ?, linked_at = ?, unreachable_at = null,
                               unreachable_reason = null, updated_at = ? where id = ?""")
                .params(telegramUserId, Timestamp.from(at), Timestamp.from(at), employeeId).update();
    }

    /** Removes this employee's Telegram binding. */
    public void unbindTelegram(long employeeId, Instant at) {
        jdbc.sql("update employee set telegram_user_id = null, linked_at = null, updated_at = ? where id = ?")
                .params(Timestamp.from(at), employeeId).update();
    }

    /**
     * Every active employee by unit name, name and NIP (the order of a recap), with their supervisor's name
     * (the supervisor may have left).
     */
    public List<RosterLine> roster() {
        return jdbc.sql("""
                select e.id, e.nip, e.name, e.position, e.unit_id, u.name as unit_name, e.supervisor_id,
                       e.is_admin, e.active, e.telegram_user_id, s.name as supervisor_name
                  from employee e join unit u on u.id = e.unit_id
                  left join employee s on s.id = e.supervisor_id
                 where e.active
                 order by u.name, e.name, e.nip
                """).query((rs, row) -> new RosterLine(map(rs, row), rs.getString("supervisor_name"))).list();
    }

    /** Whether a unit of that name exists. */
    public boolean hasUnit(String name) {
        return jdbc.sql("select exists (select 1 from unit where name = ?)").param(name).query(Boolean.class).single();
    }

    /** Every Telegram account an employee is linked to now (active or not). */
    public java.util.Set<Long> linkedTelegramUsers() {
        return new java.util.HashSet<>(jdbc.sql("select telegram_user_id from employee where telegram_user_id is not null")
                .query(Long.class).list());
    }
}
