package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.Fixtures;
import id.kinerja.text.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(properties = {"kinerja.telegram.enabled=false", "spring.main.web-application-type=none",
        "spring.quartz.auto-startup=false"})
class PeerSummariesIntegrationTest {

    @Autowired
    private PeerSummaries summaries;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PeerPublication publication;

    private long period;
    private long dewi;

    @BeforeEach
    void office() {
        Fixtures fixtures = new Fixtures(jdbc);
        fixtures.wipe();
        long unit = fixtures.unit("Kelurahan Rengas Pulau");
        dewi = fixtures.employee("Dewi Lestari", "Staf", unit, null);
        period = fixtures.closedMonth(10);
    }

    @Test
    void published_ratings_count_from_the_threshold_with_comments_in_alphabetical_order() {
        rating("a", 5, "Tepat waktu");
        rating("b", 4, null);
        changed(2);
        assertThat(summaries.forRatee(dewi, period)).as("two raters").isEmpty();

        rating("c", 4, "Membantu");
        changed(1);

        PeerSummary summary = summaries.forRatee(dewi, period).orElseThrow();
        assertThat(summary.count()).isEqualTo(3);
        assertThat(summary.averageText(Language.EN)).isEqualTo("4.3");
        assertThat(summary.comments()).containsExactly("Membantu", "Tepat waktu");
    }

    @Test
    void a_frozen_aggregate_wins_over_the_ratings_still_stored() {
        rating("a", 1, null);
        rating("b", 1, null);
        rating("c", 1, null);
        frozen(4, "4.50", "{Rapi}");

        PeerSummary summary = summaries.forRatee(dewi, period).orElseThrow();

        assertThat(summary.count()).isEqualTo(4);
        assertThat(summary.average()).isEqualByComparingTo("4.5");
        assertThat(summary.comments()).containsExactly("Rapi");
    }

    @Test
    void a_frozen_aggregate_below_the_threshold_shows_nothing_whatever_the_ratings_say() {
        rating("a", 5, "Baik");
        rating("b", 5, null);
        rating("c", 5, null);
        frozen(2, null, null);

        assertThat(summaries.forRatee(dewi, period)).isEmpty();
    }

    @Test
    void the_published_step_moves_only_after_the_threshold_of_new_or_changed_ratings() {
        rating("a", 5, null);
        rating("b", 4, null);
        rating("c", 3, null);
        changed(3);
        assertThat(summaries.forRatee(dewi, period).orElseThrow().averageText(Language.EN)).isEqualTo("4.0");

        rating("d", 1, "Kurang");
        changed(1);
        jdbc.sql("update peer_rating set stars = 1 where rater_pseudonym = 'a'").update();
        changed(1);
        PeerSummary unchanged = summaries.forRatee(dewi, period).orElseThrow();
        assertThat(unchanged.count()).as("a new and a changed rating are not a step").isEqualTo(3);
        assertThat(unchanged.averageText(Language.EN)).isEqualTo("4.0");
        assertThat(unchanged.comments()).as("a comment appears only within a step").isEmpty();

        jdbc.sql("update peer_rating set stars = 2 where rater_pseudonym = 'b'").update();
        changed(1);
        PeerSummary step = summaries.forRatee(dewi, period).orElseThrow();
        assertThat(step.count()).isEqualTo(4);
        assertThat(step.averageText(Language.EN)).isEqualTo("1.8");
        assertThat(step.comments()).containsExactly("Kurang");
    }

    private void changed(int count) {
        publication.changed(java.util.Map.of(new PeerPublication.Ratee(period, dewi), count));
    }

    private void rating(String pseudonym, int stars, String comment) {
        jdbc.sql("""
                        insert into peer_rating (period_id, ratee_id, rater_pseudonym, stars, comment)
                        values (?, ?, ?, ?, ?)""")
                .params(period, dewi, pseudonym, stars, comment).update();
    }

    private void frozen(int raters, String average, String comments) {
        jdbc.sql("""
                        insert into peer_aggregate (ratee_id, period_id, rater_count, average, comments)
                        values (?, ?, ?, ?, ?::text[])""")
                .params(dewi, period, raters, average == null ? null : new BigDecimal(average), comments).update();
    }
}
