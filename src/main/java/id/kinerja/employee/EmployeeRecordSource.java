package id.kinerja.employee;

import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.WorkingCalendar;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The employee record for a person's data copy ({@code employee}): NIP, name, position, unit, the supervisor by
 * name only (the official who rates them; never another person's NIP), HR rights, whether on the roster, when the
 * Telegram account was linked and when the bot last found the chat unreachable, and why.
 */
@Component
class EmployeeRecordSource implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    EmployeeRecordSource(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        List<List<Object>> rows = jdbc.sql("""
                        select e.nip, e.name, e.position, u.name as unit_name, s.name as supervisor_name, e.is_admin,
                               e.active, e.linked_at, e.unreachable_at, e.unreachable_reason, e.created_at, e.updated_at
                          from employee e join unit u on u.id = e.unit_id
                          left join employee s on s.id = e.supervisor_id
                         where e.id = ?""")
                .param(employeeId)
                .query((rs, n) -> Arrays.<Object>asList(rs.getString("nip"), rs.getString("name"),
                        rs.getString("position"), rs.getString("unit_name"), rs.getString("supervisor_name"),
                        rs.getBoolean("is_admin"), rs.getBoolean("active"), local(rs.getTimestamp("linked_at")),
                        local(rs.getTimestamp("unreachable_at")), rs.getString("unreachable_reason"),
                        local(rs.getTimestamp("created_at")), local(rs.getTimestamp("updated_at"))))
                .list();
        return List.of(new PersonalDataSection("employee", List.of("nip", "name", "position", "unit", "supervisor",
                "hr_rights", "on_roster", "telegram_linked_at", "unreachable_since", "unreachable_reason",
                "recorded_at", "updated_at"), rows));
    }

    private LocalDateTime local(java.sql.Timestamp at) {
        return at == null ? null : LocalDateTime.ofInstant(at.toInstant(), zone).withNano(0);
    }
}
