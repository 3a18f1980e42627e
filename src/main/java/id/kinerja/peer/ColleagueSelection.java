package id.kinerja.peer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which colleagues each rater is asked about, so that every member of the unit can reach the
 * threshold — never themselves, never someone they already rated.
 *
 * <p>First, requests go where ratings are missing: each member lacks {@code threshold - ratings so
 * far}, and requests are placed as a maximum flow (raters with {@code perRater} slots → members they
 * may rate → what the member lacks), so that a member is not left short because the early raters'
 * slots went elsewhere (a plain greedy pass does leave members short). Then the remaining slots go
 * to the colleagues with the fewest ratings (so far plus requested). Every choice prefers the fewest
 * ratings; ties go by id, starting after the rater's own id and wrapping around, so requests rotate
 * through the unit instead of piling on the lowest ids.
 */
final class ColleagueSelection {

    private ColleagueSelection() {}

    static Map<Long, List<Long>> choose(List<Long> members, Map<Long, Integer> ratingsSoFar, List<Long> raters,
                                        Map<Long, Set<Long>> alreadyRatedBy, int perRater, int threshold) {
        List<Long> unit = members.stream().distinct().sorted().toList();
        List<Long> order = raters.stream().distinct().sorted().toList();
        Map<Long, Integer> running = new HashMap<>();
        unit.forEach(m -> running.put(m, ratingsSoFar.getOrDefault(m, 0)));
        Map<Long, Integer> lacking = new HashMap<>();
        unit.forEach(m -> lacking.put(m, Math.max(0, threshold - running.get(m))));
        Map<Long, Set<Long>> chosen = new LinkedHashMap<>();
        order.forEach(r -> chosen.put(r, new LinkedHashSet<>()));

        while (augment(unit, order, chosen, running, lacking, alreadyRatedBy, perRater)) {
            // each round places one more request where it is lacking
        }
        for (long rater : order) {
            Set<Long> picked = chosen.get(rater);
            for (long m : byPreference(unit, rater, running)) {
                if (picked.size() >= perRater) {
                    break;
                }
                if (may(rater, m, alreadyRatedBy) && picked.add(m)) {
                    running.merge(m, 1, Integer::sum);
                }
            }
        }
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        chosen.forEach((rater, picked) -> result.put(rater, byPreference(List.copyOf(picked), rater, ratingsSoFar)));
        return result;
    }

    /** One augmenting path, breadth first: rater with a free slot → member → … → member still lacking. */
    private static boolean augment(List<Long> unit, List<Long> raters, Map<Long, Set<Long>> chosen,
                                   Map<Long, Integer> running, Map<Long, Integer> lacking,
                                   Map<Long, Set<Long>> alreadyRatedBy, int perRater) {
        Map<Long, Long> raterReachedVia = new HashMap<>(); // rater → member it would give up (null: free slot)
        Map<Long, Long> memberReachedFrom = new HashMap<>(); // member → rater that would ask about it
        Deque<Long> queue = new ArrayDeque<>();
        for (long r : raters) {
            if (chosen.get(r).size() < perRater) {
                raterReachedVia.put(r, null);
                queue.add(r);
            }
        }
        while (!queue.isEmpty()) {
            long rater = queue.poll();
            for (long m : byPreference(unit, rater, running)) {
                if (memberReachedFrom.containsKey(m) || chosen.get(rater).contains(m) || !may(rater, m, alreadyRatedBy)) {
                    continue;
                }
                memberReachedFrom.put(m, rater);
                if (lacking.get(m) > 0) {
                    apply(m, chosen, raterReachedVia, memberReachedFrom, running, lacking);
                    return true;
                }
                for (long other : raters) {
                    if (!raterReachedVia.containsKey(other) && chosen.get(other).contains(m)) {
                        raterReachedVia.put(other, m);
                        queue.add(other);
                    }
                }
            }
        }
        return false;
    }

    private static void apply(long end, Map<Long, Set<Long>> chosen, Map<Long, Long> raterReachedVia,
                              Map<Long, Long> memberReachedFrom, Map<Long, Integer> running, Map<Long, Integer> lacking) {
        lacking.merge(end, -1, Integer::sum);
        running.merge(end, 1, Integer::sum);
        Long member = end;
        while (member != null) {
            long rater = memberReachedFrom.get(member);
            chosen.get(rater).add(member);
            Long givenUp = raterReachedVia.get(rater);
            if (givenUp != null) {
                chosen.get(rater).remove(givenUp);
            }
            member = givenUp;
        }
    }

    /** Fewest ratings first; ties by id starting after the rater's and wrapping around. */
    private static List<Long> byPreference(List<Long> members, long rater, Map<Long, Integer> counts) {
        List<Long> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.<Long>comparingInt(m -> counts.getOrDefault(m, 0))
                .thenComparing(m -> m > rater ? 0 : 1)
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    private static boolean may(long rater, long member, Map<Long, Set<Long>> alreadyRatedBy) {
        return member != rater && !alreadyRatedBy.getOrDefault(rater, Set.of()).contains(member);
    }
}
