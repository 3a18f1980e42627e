package id.kinerja.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many of a group's evaluated employees got each predicate. */
record PredicateDistribution(Map<Predicate, Integer> counts) {

    PredicateDistribution {
        Map<Predicate, Integer> all = new EnumMap<>(Predicate.class);
        for (Predicate predicate : Predicate.values()) {
            all.put(predicate, counts.getOrDefault(predicate, 0));
        }
        counts = Map.copyOf(all);
    }

    static PredicateDistribution of(Collection<Predicate> predicates) {
        Map<Predicate, Integer> counts = new EnumMap<>(Predicate.class);
        predicates.forEach(p -> counts.merge(p, 1, Integer::sum));
        return new PredicateDistribution(counts);
    }

    int count(Predicate predicate) {
        return counts.get(predicate);
    }

    int evaluated() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share in percent with one decimal; null when nobody was evaluated. */
    BigDecimal percent(int count) {
        int evaluated = evaluated();
        return evaluated == 0 ? null
                : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(evaluated), 1, RoundingMode.HALF_UP);
    }

    BigDecimal percent(Predicate predicate) {
        return percent(count(predicate));
    }
}
