package id.kinerja.reminder;

import id.kinerja.appraisal.Rating;
import id.kinerja.support.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A small kecamatan for reminder tests. The Camat supervises four section heads:
 * Ani (linked, 2 pending reports), Budi (linked, his one report already evaluated), Cici (not
 * linked, 1 pending) and Dewi (linked, English, 10 pending). The Camat is linked and has no
 * supervisor; the section heads themselves wait for the Camat's evaluation.
 */
final class Office {

    static final long CAMAT_CHAT = 9001;
    static final long ANI_CHAT = 9002;
    static final long BUDI_CHAT = 9003;
    static final long DEWI_CHAT = 9005;

    final long camat;
    final long ani;
    final long budi;
    final long cici;
    final long dewi;
    final long agus;
    final long asih;
    final long periodId;
    final String periodCode;
    final List<String> dewiReports = new ArrayList<>();

    Office(JdbcClient jdbc, String periodCode, LocalDate due) {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Kecamatan Medan Marelan");
        camat = fixtures.employee("Camat Marelan", "Camat", unit, null);
        ani = fixtures.employee("Ani Kasi Pemerintahan", "Kasi Pemerintahan", unit, camat);
        budi = fixtures.employee("Budi Kasi Trantib", "Kasi Trantib", unit, camat);
        cici = fixtures.employee("Cici <Kasi> PMD", "Kasi PMD", unit, camat);
        dewi = fixtures.employee("Dewi Kasubbag Umum", "Kasubbag Umum", unit, camat);
        agus = fixtures.employee("Agus Staf", "Staf", unit, ani);
        asih = fixtures.employee("Asih Staf", "Staf", unit, ani);
        long bayu = fixtures.employee("Bayu Staf", "Staf", unit, budi);
        fixtures.employee("Citra Staf", "Staf", unit, cici);
        for (int i = 1; i <= 10; i++) {
            String name = String.format("Staf Umum %02d", i);
            fixtures.employee(name, "Staf", unit, dewi);
            dewiReports.add(name);
        }
        this.periodCode = periodCode;
        periodId = fixtures.period(periodCode, due.withDayOfMonth(1).minusMonths(1),
                due.withDayOfMonth(1).minusDays(1), due, true);
        fixtures.evaluation(bayu, periodId, budi, Rating.MEETS, Rating.MEETS, null);
        link(jdbc, camat, CAMAT_CHAT, "id");
        link(jdbc, ani, ANI_CHAT, "id");
        link(jdbc, budi, BUDI_CHAT, "id");
        link(jdbc, dewi, DEWI_CHAT, "en");
    }

    private static void link(JdbcClient jdbc, long employeeId, long chatId, String language) {
        jdbc.sql("update employee set telegram_user_id = ?, linked_at = now() where id = ?")
                .params(chatId, employeeId).update();
        jdbc.sql("""
                        insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                        values (?, ?, now(), now())""")
                .params(chatId, language).update();
    }

    /** A queued message as a test reads it. */
    record Queued(String key, String kind, long chatId, String localDate, int hour, int minute, String html,
                  String keyboard) {

        String slot() {
            return kind + " " + chatId + " " + localDate + " " + String.format("%02d:%02d", hour, minute);
        }
    }

    static List<Queued> queued(JdbcClient jdbc) {
        return jdbc.sql("""
                        select dedupe_key, kind, chat_id, not_before, html, keyboard
                          from outbox_message order by not_before, kind, chat_id""")
                .query((rs, n) -> {
                    var local = rs.getTimestamp("not_before").toInstant().atZone(java.time.ZoneId.of("Asia/Jakarta"));
                    return new Queued(rs.getString("dedupe_key"), rs.getString("kind"), rs.getLong("chat_id"),
                            local.toLocalDate().toString(), local.getHour(), local.getMinute(), rs.getString("html"),
                            rs.getString("keyboard"));
                }).list();
    }

    static Instant at(String localDate, int hour, int minute) {
        return LocalDate.parse(localDate).atTime(hour, minute).atZone(java.time.ZoneId.of("Asia/Jakarta")).toInstant();
    }
}
