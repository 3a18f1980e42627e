package id.kinerja.announcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code announcement} and {@code announcement_recipient} tables. */
@Repository
class AnnouncementStore {

    private static final String SELECT = """
            select id, author_id, body, audience, unit_id, with_ack, status, created_at, sent_at, recipients
              from announcement""";

    private final JdbcClient jdbc;

    AnnouncementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(long authorId, String body, Instant at) {
        return jdbc.sql("insert into announcement (author_id, body, created_at) values (?, ?, ?) returning id")
                .params(authorId, body, Timestamp.from(at)).query(Long.class).single();
    }

    Optional<Announcement> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(AnnouncementStore::map).optional();
    }

    /** The row, locked until the transaction ends: two taps on "send" are taken one after the other. */
    Optional<Announcement> lock(long id) {
        return jdbc.sql(SELECT + " where id = ? for update").param(id).query(AnnouncementStore::map).optional();
    }

    void updateDraft(long id, String body, Audience audience, Long unitId, boolean withAck) {
        jdbc.sql("update announcement set body = ?, audience = ?, unit_id = ?, with_ack = ? where id = ? and status = 'DRAFT'")
                .params(body, audience == null ? null : audience.name(), unitId, withAck, id).update();
    }

    boolean cancel(long id) {
        return jdbc.sql("update announcement set status = 'CANCELLED' where id = ? and status = 'DRAFT'")
                .param(id).update() == 1;
    }

    void markSent(long id, Instant at, int recipients) {
        jdbc.sql("update announcement set status = 'SENT', sent_at = ?, recipients = ? where id = ?")
                .params(Timestamp.from(at), recipients, id).update();
    }

    void addRecipient(long announcementId, long employeeId) {
        jdbc.sql("insert into announcement_recipient (announcement_id, employee_id) values (?, ?) on conflict do nothing")
                .params(announcementId, employeeId).update();
    }

    boolean isRecipient(long announcementId, long employeeId) {
        return jdbc.sql("select exists (select 1 from announcement_recipient where announcement_id = ? and employee_id = ?)")
                .params(announcementId, employeeId).query(Boolean.class).single();
    }

    /** Records the first acknowledgement only; true when this one was it. */
    boolean acknowledge(long announcementId, long employeeId, Instant at) {
        return jdbc.sql("""
                        update announcement_recipient set acknowledged_at = ?
                         where announcement_id = ? and employee_id = ? and acknowledged_at is null""")
                .params(Timestamp.from(at), announcementId, employeeId).update() == 1;
    }

    /** The author's sent announcements, newest first. */
    List<Announcement> sentBy(long authorId, int limit) {
        return jdbc.sql(SELECT + " where author_id = ? and status = 'SENT' order by sent_at desc, id desc limit ?")
                .params(authorId, limit).query(AnnouncementStore::map).list();
    }

    /** How many recipients acknowledged each of these announcements. */
    Map<Long, Integer> acknowledged(Collection<Long> announcementIds) {
        if (announcementIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select announcement_id, count(acknowledged_at) as acked from announcement_recipient
                         where announcement_id = any(?) group by announcement_id""")
                .param(announcementIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Announcement map(ResultSet rs, int row) throws SQLException {
        String audience = rs.getString("audience");
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Announcement(rs.getLong("id"), rs.getLong("author_id"), rs.getString("body"),
                audience == null ? null : Audience.valueOf(audience), (Long) rs.getObject("unit_id"),
                rs.getBoolean("with_ack"), Announcement.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(), rs.getInt("recipients"));
    }
}
