package id.kinerja.announcement;

import id.kinerja.audit.PersonalDataSection;
import id.kinerja.audit.PersonalDataSource;
import id.kinerja.calendar.WorkingCalendar;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The announcements a person received (and whether they acknowledged them) and the ones they sent, for their data copy. */
@Component
class AnnouncementPersonalData implements PersonalDataSource {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AnnouncementPersonalData(JdbcClient jdbc, WorkingCalendar calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    @Override
    public List<PersonalDataSection> about(long employeeId) {
        List<List<Object>> received = jdbc.sql("""
                        select a.id, a.sent_at, a.with_ack, r.acknowledged_at from announcement_recipient r
                          join announcement a on a.id = r.announcement_id
                         where r.employee_id = ? order by a.sent_at, a.id""")
                .param(employeeId)
                .query((rs, n) -> {
                    List<Object> row = new ArrayList<>();
                    row.add(rs.getLong("id"));
                    row.add(local(rs.getTimestamp("sent_at")));
                    row.add(rs.getBoolean("with_ack"));
                    row.add(local(rs.getTimestamp("acknowledged_at")));
                    return row;
                }).list();
        List<List<Object>> sent = jdbc.sql("""
                        select id, sent_at, audience, recipients, body from announcement
                         where author_id = ? and status = 'SENT' order by sent_at, id""")
                .param(employeeId)
                .query((rs, n) -> List.<Object>of(rs.getLong("id"), local(rs.getTimestamp("sent_at")),
                        rs.getString("audience"), (long) rs.getInt("recipients"), rs.getString("body"))).list();
        return List.of(
                new PersonalDataSection("announcements_received",
                        List.of("announcement", "sent_at", "with_read_button", "acknowledged_at"), received),
                new PersonalDataSection("announcements_sent",
                        List.of("announcement", "sent_at", "audience", "recipients", "text"), sent));
    }

    private LocalDateTime local(Timestamp at) {
        return at == null ? null : LocalDateTime.ofInstant(at.toInstant(), zone);
    }
}
