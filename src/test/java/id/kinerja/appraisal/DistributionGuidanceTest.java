package id.kinerja.appraisal;

import static id.kinerja.appraisal.Predicate.BAIK;
import static id.kinerja.appraisal.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.Predicate.KURANG;
import static id.kinerja.appraisal.Predicate.SANGAT_BAIK;
import static id.kinerja.appraisal.Predicate.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.DistributionGuidance.Kind;
import id.kinerja.appraisal.DistributionGuidance.Warning;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pattern of employee predicates each organisation predicate expects (PermenPAN-RB 6/2022 guidance). */
class DistributionGuidanceTest {

    /** Counts in the order Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. */
    private static PredicateDistribution counts(int... counts) {
        Map<Predicate, Integer> map = new EnumMap<>(Predicate.class);
        for (int i = 0; i < counts.length; i++) {
            map.put(Predicate.values()[i], counts[i]);
        }
        return new PredicateDistribution(map);
    }

    private static List<Warning> check(OrganisationPredicate organisation, int... counts) {
        return DistributionGuidance.check(organisation, counts(counts));
    }

    @Test
    void a_good_organisation_has_most_employees_good_at_most_70_percent_and_some_below() {
        assertThat(check(OrganisationPredicate.BAIK, 2, 7, 1, 0, 0)).isEmpty();
        assertThat(check(OrganisationPredicate.BAIK, 1, 6, 0, 1, 2)).isEmpty();
        assertThat(check(OrganisationPredicate.BAIK, 1, 8, 1, 0, 0)).containsExactly(
                new Warning(Kind.AT_MOST, Set.of(BAIK), 70, 8, BAIK));
        assertThat(check(OrganisationPredicate.BAIK, 3, 7, 0, 0, 0)).containsExactly(
                new Warning(Kind.SOME, Set.of(BUTUH_PERBAIKAN, KURANG), 0, 0, BAIK));
        assertThat(check(OrganisationPredicate.BAIK, 0, 0, 0, 0, 1)).as("Sangat Kurang is not 'some below'")
                .extracting(Warning::kind).containsExactly(Kind.LARGEST, Kind.SOME);
        assertThat(check(OrganisationPredicate.BAIK, 6, 3, 1, 0, 0)).containsExactly(
                new Warning(Kind.LARGEST, Set.of(BAIK), 0, 6, SANGAT_BAIK));
    }

    @Test
    void an_outstanding_organisation_has_most_employees_outstanding_at_most_70_percent() {
        assertThat(check(OrganisationPredicate.ISTIMEWA, 7, 3, 0, 0, 0)).isEmpty();
        assertThat(check(OrganisationPredicate.ISTIMEWA, 8, 2, 0, 0, 0)).containsExactly(
                new Warning(Kind.AT_MOST, Set.of(SANGAT_BAIK), 70, 8, SANGAT_BAIK));
        assertThat(check(OrganisationPredicate.ISTIMEWA, 4, 5, 1, 0, 0)).containsExactly(
                new Warning(Kind.LARGEST, Set.of(SANGAT_BAIK), 0, 5, BAIK));
    }

    @Test
    void the_lower_organisation_predicates_need_at_least_60_percent_of_their_own_and_few_outstanding() {
        assertThat(check(OrganisationPredicate.BUTUH_PERBAIKAN, 1, 3, 6, 0, 0)).isEmpty();
        assertThat(check(OrganisationPredicate.BUTUH_PERBAIKAN, 2, 3, 5, 0, 0)).containsExactly(
                new Warning(Kind.AT_LEAST, Set.of(BUTUH_PERBAIKAN), 60, 5, BUTUH_PERBAIKAN),
                new Warning(Kind.AT_MOST, Set.of(SANGAT_BAIK), 10, 2, BUTUH_PERBAIKAN));
        assertThat(check(OrganisationPredicate.KURANG, 1, 2, 1, 6, 0)).isEmpty();
        assertThat(check(OrganisationPredicate.KURANG, 0, 4, 0, 6, 0)).containsExactly(
                new Warning(Kind.AT_LEAST, Set.of(BUTUH_PERBAIKAN), 10, 0, KURANG));
        assertThat(check(OrganisationPredicate.SANGAT_KURANG, 0, 3, 0, 1, 6)).isEmpty();
        assertThat(check(OrganisationPredicate.SANGAT_KURANG, 1, 3, 0, 0, 6)).containsExactly(
                new Warning(Kind.AT_LEAST, Set.of(KURANG, BUTUH_PERBAIKAN), 10, 0, SANGAT_KURANG),
                new Warning(Kind.NONE, Set.of(SANGAT_BAIK), 0, 1, SANGAT_KURANG));
    }

    @Test
    void nobody_evaluated_is_no_warning() {
        for (OrganisationPredicate organisation : OrganisationPredicate.values()) {
            assertThat(check(organisation, 0, 0, 0, 0, 0)).isEmpty();
        }
    }
}
