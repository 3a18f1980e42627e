package id.kinerja.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.kinerja.playground.emulator.SentMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Plays someone who holds a dump of the database (but not the peer secret) and who knows in which
 * order colleagues rated, or who watches the shown average: none of it may tell who gave which rating.
 */
class PeerAnonymityEndToEndTest extends EndToEndTest {

    private static final long[] RATERS = {778001, 778002, 778003, 778004, 778005, 778006};
    private static final String[] NAMES = {"Rater Satu", "Rater Dua", "Rater Tiga", "Rater Empat", "Rater Lima", "Rater Enam"};
    private static final long DEWI = 778010;
    private static final Pattern AVERAGE = Pattern.compile("rata-rata (\\d),(\\d) dari (\\d+) rekan");


    private long dewi;

    @BeforeEach
    void office() {
        jdbc.sql("select setval('employee_id_seq', 910000)").query(Long.class).single();
        long unit = fixtures.unit("Seksi Umum");
        long head = fixtures.employee("Kepala Seksi", "Kasi", unit, null);
        dewi = fixtures.employee("Dewi Lestari", "Analis", unit, head);
        fixtures.employee("Eko Prasetyo", "Staf", unit, head);
        fixtures.period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 7), true);
        for (int i = 0; i < RATERS.length; i++) {
            telegram.registerUser(RATERS[i], "R" + i, "id");
            linked(RATERS[i], fixtures.employee(NAMES[i], "Staf", unit, head));
        }
        telegram.registerUser(DEWI, "Dewi", "id");
        linked(DEWI, dewi);
    }

    @Test
    void a_dump_links_no_rating_to_its_rater_by_xmin_timestamp_or_row_order() {
        int runs = 8;
        int xminMatches = 0;
        int fixedPoints = 0;
        int exactOrders = 0;
        for (int run = 0; run < runs; run++) {
            jdbc.sql("truncate table peer_rating, peer_ballot, peer_published").update();
            for (int i = 0; i < 5; i++) { // rater i gives i+1 stars, in this known order
                rate(RATERS[i], "Dewi Lestari", (i + 1) + "★");
            }
            assertThat(jdbc.sql("select count(*) from peer_rating").query(Integer.class).single())
                    .as("a tap writes no rating").isZero();
            assertThat(peerJobs().writePendingBallots()).isEqualTo(5);

            xminMatches += count("select count(*) from peer_rating p join telegram_account t on t.xmin = p.xmin");
            xminMatches += count("select count(*) from peer_rating p join processed_update u on u.xmin = p.xmin");
            xminMatches += count("select count(*) from peer_rating p join audit_log a on a.xmin = p.xmin");
            xminMatches += count("select count(*) from peer_rating p join conversation c on c.xmin = p.xmin");
            assertThat(count("select count(distinct xmin::text) from peer_rating")).as("one batch, one transaction").isEqualTo(1);

            List<Integer> physical = jdbc.sql("select stars from peer_rating order by ctid").query(Integer.class).list();
            for (int i = 0; i < physical.size(); i++) {
                fixedPoints += physical.get(i) == i + 1 ? 1 : 0;
            }
            exactOrders += physical.equals(List.of(1, 2, 3, 4, 5)) ? 1 : 0;
        }
        System.out.printf("peer anonymity: xmin matches %d; ctid order = rater order at %d of %d positions (chance %d);"
                + " exact order %d of %d runs (chance %.2f)%n", xminMatches, fixedPoints, runs * 5, runs, exactOrders, runs, runs / 120.0);

        assertThat(xminMatches).isZero();
        // chance: one fixed point per run on average (sd about 2.8 over 8 runs); rater order would give 40
        assertThat(fixedPoints).isLessThanOrEqualTo(20);
        assertThat(exactOrders).isLessThanOrEqualTo(1);
        assertThat(jdbc.sql("""
                        select table_name || '.' || column_name from information_schema.columns
                         where table_schema = current_schema() and table_name like 'peer%'
                           and (data_type like 'timestamp%' or data_type in ('date', 'time') or column_default like 'nextval%')""")
                .query(String.class).list()).as("no timestamp or sequence beside a rating").isEmpty();
        assertThat(count("select count(*) from audit_log where action ilike '%peer%' or coalesce(details, '') ilike '%Dewi%'"
                + " or coalesce(subject, '') = '" + dewi + "'")).as("no audit row about a peer rating").isZero();
    }

    @Test
    void watching_the_shown_average_recovers_no_single_rating_and_a_change_is_no_step_of_one() {
        rate(RATERS[0], "Dewi Lestari", "4★");
        rate(RATERS[1], "Dewi Lestari", "5★");
        rate(RATERS[2], "Dewi Lestari", "3★");
        peerJobs().writePendingBallots();
        Shown before = shown();
        assertThat(before).isEqualTo(new Shown(40, 3));

        int recovered = 0;
        // the reported attack: the ratee (with a colleague) compares the average before and after one more rating
        rate(RATERS[3], "Dewi Lestari", "1★");
        rate(RATERS[4], "Eko Prasetyo", "2★");
        rate(RATERS[5], "Eko Prasetyo", "2★");
        peerJobs().writePendingBallots();
        Shown afterNew = shown();
        recovered += recoverable(before, afterNew, 1) ? 1 : 0;
        assertThat(afterNew).as("one new rating is not a step").isEqualTo(before);

        rate(RATERS[0], "Dewi Lestari", "2★"); // a changed rating
        rate(RATERS[4], "Eko Prasetyo", "3★");
        rate(RATERS[5], "Eko Prasetyo", "3★");
        peerJobs().writePendingBallots();
        Shown afterChange = shown();
        recovered += recoverable(before, afterChange, 2) ? 1 : 0;
        assertThat(afterChange).as("a changed rating is not a step").isEqualTo(before);

        rate(RATERS[1], "Dewi Lestari", "1★");
        rate(RATERS[4], "Eko Prasetyo", "4★");
        rate(RATERS[5], "Eko Prasetyo", "4★");
        peerJobs().writePendingBallots();
        Shown step = shown();
        assertThat(step).as("three changes make a step: (2+1+3+1)/4").isEqualTo(new Shown(18, 4));
        System.out.printf("peer averaging attack: single ratings recovered %d of 2 attempts%n", recovered);
        assertThat(recovered).isZero();
    }

    @Test
    void a_peer_confirmation_that_telegram_does_not_take_is_never_kept_naming_the_ratee_or_the_comment() {
        rate(RATERS[0], "Dewi Lestari", "4★");
        telegram.failNext("sendMessage", 3, 500, null, null);
        telegram.sendText(RATERS[0], "Sangat rahasia dan membantu");
        await().atMost(TIMEOUT).until(() -> telegram.calls("sendMessage").stream().filter(c -> c.httpStatus() == 500).count() >= 3);
        await().atMost(TIMEOUT).until(() -> count("select count(*) from outbox_message where chat_id = " + RATERS[0]) > 0);

        List<String> kept = jdbc.sql("select html from outbox_message").query(String.class).list();
        assertThat(kept).as("kept in the outbox").noneMatch(h -> h.contains("Dewi") || h.contains("rahasia"));
        assertThat(kept).anyMatch(h -> h.contains("Penilaian kerja sama Anda tersimpan"));
        assertThat(telegram.awaitMessage(RATERS[0], m -> m.plainText().contains("Penilaian kerja sama Anda tersimpan"), TIMEOUT))
                .as("the generic line is delivered later").isNotNull();
    }

    /** The old attack: with n raters before and one rating more after, (n+1)·after − n·before is its stars. */
    private static boolean recoverable(Shown before, Shown after, int changesSinceBefore) {
        return !after.equals(before) && changesSinceBefore < 3;
    }

    private record Shown(int averageTimesTen, int count) {}

    private Shown shown() {
        Matcher m = AVERAGE.matcher(say(DEWI, "/nilai_rekan").plainText());
        assertThat(m.find()).isTrue();
        return new Shown(Integer.parseInt(m.group(1)) * 10 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    private void rate(long user, String colleague, String stars) {
        SentMessage list = say(user, "/nilai_rekan");
        SentMessage starScreen = tapAndAwaitEdit(user, list, colleague);
        assertThat(tapAndAwaitEdit(user, starScreen, stars).plainText()).contains("✅");
    }
}
