package id.kinerja.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Fixtures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class HousekeepingIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T19:30:00Z");

    @Autowired
    private Housekeeping housekeeping;
    @Autowired
    private JdbcClient jdbc;

    @BeforeEach
    void clean() {
        new Fixtures(jdbc).wipe();
    }

    @Test
    void old_short_lived_records_go_and_recent_ones_and_pending_messages_stay() {
        processedUpdate(1, NOW.minus(Duration.ofDays(8)));
        processedUpdate(2, NOW.minus(Duration.ofDays(1)));
        linkAttempt(NOW.minus(Duration.ofDays(3)));
        linkAttempt(NOW.minus(Duration.ofHours(2)));
        message("old-sent", "SENT", NOW.minus(Duration.ofDays(100)));
        message("old-pending", "PENDING", NOW.minus(Duration.ofDays(100)));
        message("new-sent", "SENT", NOW.minus(Duration.ofDays(10)));

        Housekeeping.Removed removed = housekeeping.runAt(NOW);

        assertThat(removed).isEqualTo(new Housekeeping.Removed(1, 1, 1, 0, 0, 0));
        assertThat(jdbc.sql("select update_id from processed_update").query(Long.class).list()).containsExactly(2L);
        assertThat(jdbc.sql("select dedupe_key from outbox_message order by dedupe_key").query(String.class).list())
                .containsExactly("new-sent", "old-pending");
    }

    @Test
    void a_citizens_account_and_survey_leftovers_go_after_their_time_and_linked_accounts_stay() {
        Fixtures fixtures = new Fixtures(jdbc);
        long unit = fixtures.unit("Kelurahan Uji");
        long employee = fixtures.employee("Siti", "Staf", unit, null);
        jdbc.sql("update employee set telegram_user_id = 501 where id = ?").param(employee).update();
        account(501, NOW.minus(Duration.ofDays(200)));  // linked: stays however old
        account(502, NOW.minus(Duration.ofDays(91)));   // a citizen seen 91 days ago: goes
        account(503, NOW.minus(Duration.ofDays(10)));   // a citizen seen recently: stays
        jdbc.sql("insert into survey_draft (holder, sealed, expires_at) values ('\\x01', '\\x02', ?), ('\\x03', '\\x04', ?)")
                .params(Timestamp.from(NOW.minus(Duration.ofMinutes(1))), Timestamp.from(NOW.plus(Duration.ofHours(1))))
                .update();
        // NOW is 02:30 on 2 December in Jakarta: yesterday's respondents no longer matter, today's do
        jdbc.sql("insert into survey_respondent (respondent, answered_on) values ('\\x05', date '2026-12-01'), "
                + "('\\x06', date '2026-12-02')").update();
        jdbc.sql("insert into survey_start (holder, day, starts) values ('\\x07', date '2026-12-01', 3)").update();

        Housekeeping.Removed removed = housekeeping.runAt(NOW);

        assertThat(removed.unlinkedAccounts()).isEqualTo(1);
        assertThat(removed.surveyRecords()).as("an expired draft, yesterday's respondent and start count").isEqualTo(3);
        assertThat(jdbc.sql("select telegram_user_id from telegram_account order by 1").query(Long.class).list())
                .containsExactly(501L, 503L);
        assertThat(jdbc.sql("select encode(holder, 'hex') from survey_draft").query(String.class).list())
                .containsExactly("03");
        assertThat(jdbc.sql("select encode(respondent, 'hex') from survey_respondent").query(String.class).list())
                .containsExactly("06");
    }

    private void account(long id, Instant seen) {
        jdbc.sql("""
                        insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                        values (?, 'id', ?, ?)""").params(id, Timestamp.from(seen), Timestamp.from(seen)).update();
    }

    private void processedUpdate(long id, Instant at) {
        jdbc.sql("insert into processed_update (update_id, processed_at) values (?, ?)")
                .params(id, Timestamp.from(at)).update();
    }

    private void linkAttempt(Instant at) {
        jdbc.sql("insert into link_attempt (telegram_user_id, attempted_at, succeeded) values (9, ?, false)")
                .param(Timestamp.from(at)).update();
    }

    private void message(String key, String status, Instant created) {
        jdbc.sql("""
                        insert into outbox_message (dedupe_key, kind, chat_id, html, status, not_before, created_at)
                        values (?, 'TEST', 1, 'x', ?, ?, ?)""")
                .params(key, status, Timestamp.from(created), Timestamp.from(created)).update();
    }
}
