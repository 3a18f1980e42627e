package id.kinerja.appraisal;

import static id.kinerja.appraisal.Predicate.BAIK;
import static id.kinerja.appraisal.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.Predicate.KURANG;
import static id.kinerja.appraisal.Predicate.SANGAT_BAIK;
import static id.kinerja.appraisal.Predicate.SANGAT_KURANG;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published pattern of employee predicates for each organisation predicate (PermenPAN-RB 6/2022 guidance,
 * docs/DOMAIN.md §1), as a warning to HR and never a block:
 * <ul>
 * <li>Istimewa: most employees Sangat Baik, at most 70%;</li>
 * <li>Baik: most employees Baik, at most 70%, and some Butuh Perbaikan or Kurang/Misconduct;</li>
 * <li>Butuh Perbaikan: at least 60% Butuh Perbaikan, at most 10% Sangat Baik;</li>
 * <li>Kurang: at least 60% Kurang/Misconduct, at least 10% Butuh Perbaikan, at most 10% Sangat Baik;</li>
 * <li>Sangat Kurang: at least 60% Sangat Kurang, at least 10% Kurang/Misconduct or Butuh Perbaikan, no Sangat
 * Baik.</li>
 * </ul>
 * "Most" is read as: no other predicate is more frequent.
 */
final class DistributionGuidance {

    enum Kind { LARGEST, AT_MOST, AT_LEAST, SOME, NONE }

    /**
     * What the distribution does not meet: the rule, the predicates it is about, its limit in percent and the
     * employees found with those predicates ({@code largest}: the most frequent predicate, for {@link Kind#LARGEST}).
     */
    record Warning(Kind kind, Set<Predicate> predicates, int limit, int count, Predicate largest) {}

    private record Rule(Kind kind, Set<Predicate> predicates, int limit) {}

    private static final Map<OrganisationPredicate, List<Rule>> RULES = Map.of(
            OrganisationPredicate.ISTIMEWA, List.of(
                    rule(Kind.LARGEST, 0, SANGAT_BAIK), rule(Kind.AT_MOST, 70, SANGAT_BAIK)),
            OrganisationPredicate.BAIK, List.of(
                    rule(Kind.LARGEST, 0, BAIK), rule(Kind.AT_MOST, 70, BAIK), rule(Kind.SOME, 0, BUTUH_PERBAIKAN, KURANG)),
            OrganisationPredicate.BUTUH_PERBAIKAN, List.of(
                    rule(Kind.AT_LEAST, 60, BUTUH_PERBAIKAN), rule(Kind.AT_MOST, 10, SANGAT_BAIK)),
            OrganisationPredicate.KURANG, List.of(
                    rule(Kind.AT_LEAST, 60, KURANG), rule(Kind.AT_LEAST, 10, BUTUH_PERBAIKAN),
                    rule(Kind.AT_MOST, 10, SANGAT_BAIK)),
            OrganisationPredicate.SANGAT_KURANG, List.of(
                    rule(Kind.AT_LEAST, 60, SANGAT_KURANG), rule(Kind.AT_LEAST, 10, KURANG, BUTUH_PERBAIKAN),
                    rule(Kind.NONE, 0, SANGAT_BAIK)));

    private DistributionGuidance() {}

    /** Every rule of the organisation's pattern that the distribution breaks; none when nobody was evaluated. */
    static List<Warning> check(OrganisationPredicate organisation, PredicateDistribution distribution) {
        List<Warning> warnings = new ArrayList<>();
        int evaluated = distribution.evaluated();
        if (evaluated == 0) {
            return warnings;
        }
        for (Rule rule : RULES.get(organisation)) {
            int count = rule.predicates().stream().mapToInt(distribution::count).sum();
            Predicate largest = largest(distribution);
            boolean broken = switch (rule.kind()) {
                case LARGEST -> distribution.count(largest) > count;
                case AT_MOST -> count * 100L > (long) rule.limit() * evaluated;
                case AT_LEAST -> count * 100L < (long) rule.limit() * evaluated;
                case SOME -> count == 0;
                case NONE -> count > 0;
            };
            if (broken) {
                warnings.add(new Warning(rule.kind(), rule.predicates(), rule.limit(),
                        rule.kind() == Kind.LARGEST ? distribution.count(largest) : count, largest));
            }
        }
        return warnings;
    }

    /** The most frequent predicate; of equally frequent ones, the better. */
    private static Predicate largest(PredicateDistribution distribution) {
        return EnumSet.allOf(Predicate.class).stream()
                .max(Comparator.comparingInt(distribution::count)
                        .thenComparing(Comparator.<Predicate>naturalOrder().reversed()))
                .orElseThrow();
    }

    private static Rule rule(Kind kind, int limit, Predicate first, Predicate... more) {
        return new Rule(kind, EnumSet.of(first, more), limit);
    }
}
