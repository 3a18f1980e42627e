package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColleagueSelectionTest {

    private static final List<Long> UNIT = List.of(1L, 2L, 3L, 4L, 5L, 6L);

    @Test
    void each_rater_gets_the_colleagues_with_the_fewest_ratings_never_themselves() {
        Map<Long, Integer> soFar = Map.of(1L, 3, 2L, 0, 3L, 2, 4L, 0, 5L, 1, 6L, 3);

        Map<Long, List<Long>> chosen = ColleagueSelection.choose(UNIT, soFar, List.of(2L), Map.of(), 3, 3);

        assertThat(chosen.get(2L)).containsExactly(4L, 5L, 3L);
    }

    @Test
    void ties_go_by_id_after_the_raters_own_and_the_plan_counts_its_own_requests() {
        Map<Long, List<Long>> chosen = ColleagueSelection.choose(UNIT, Map.of(), List.of(1L, 2L, 3L), Map.of(), 3, 3);

        assertThat(chosen.get(1L)).containsExactly(2L, 3L, 4L);
        assertThat(chosen.get(2L)).as("5, 6 and 1 have no requests yet").containsExactly(5L, 6L, 1L);
        assertThat(chosen.get(3L)).as("everyone else has one now").containsExactly(4L, 5L, 6L);
    }

    @Test
    void colleagues_already_rated_by_the_rater_are_not_asked_again() {
        Map<Long, List<Long>> chosen = ColleagueSelection.choose(UNIT, Map.of(), List.of(1L),
                Map.of(1L, Set.of(2L, 3L)), 3, 3);

        assertThat(chosen.get(1L)).containsExactly(4L, 5L, 6L);
    }

    @Test
    void when_every_member_rates_every_member_reaches_the_threshold() {
        List<Long> unit = List.of(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L);
        Map<Long, List<Long>> chosen = ColleagueSelection.choose(unit, Map.of(), unit, Map.of(), 3, 3);

        Map<Long, Integer> requests = new HashMap<>();
        chosen.forEach((rater, ratees) -> {
            assertThat(ratees).hasSize(3).doesNotContain(rater).doesNotHaveDuplicates();
            ratees.forEach(r -> requests.merge(r, 1, Integer::sum));
        });
        assertThat(requests).hasSize(9).allSatisfy((member, count) -> assertThat(count).isEqualTo(3));
    }

    @Test
    void requests_go_where_ratings_are_missing_even_when_a_greedy_pass_would_leave_someone_short() {
        // Greedy in id order would give raters 1 and 2 member 5, 3 and 4/6 and leave 6 with two ratings
        // while 1 and 2 get a fourth. Every member here can reach 3 and must.
        Map<Long, Integer> soFar = Map.of(1L, 3, 2L, 3, 3L, 1, 4L, 2, 5L, 0, 6L, 1);

        Map<Long, List<Long>> chosen = ColleagueSelection.choose(UNIT, soFar, List.of(1L, 2L, 6L), Map.of(), 3, 3);

        Map<Long, Integer> total = new HashMap<>(soFar);
        chosen.forEach((rater, ratees) -> {
            assertThat(ratees).hasSize(3).doesNotContain(rater).doesNotHaveDuplicates();
            ratees.forEach(r -> total.merge(r, 1, Integer::sum));
        });
        assertThat(total).allSatisfy((member, count) -> assertThat(count).as("member " + member).isGreaterThanOrEqualTo(3));
        assertThat(chosen.get(1L)).contains(5L, 6L);
        assertThat(chosen.get(2L)).contains(5L, 6L);
    }

    @Test
    void a_unit_smaller_than_the_prompt_asks_about_everyone_else() {
        Map<Long, List<Long>> chosen = ColleagueSelection.choose(List.of(1L, 2L, 3L), Map.of(), List.of(2L), Map.of(), 3, 3);

        assertThat(chosen.get(2L)).containsExactly(3L, 1L);
    }
}
