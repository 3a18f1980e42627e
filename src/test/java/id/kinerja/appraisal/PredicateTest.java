package id.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateTest {

    /** docs/DOMAIN.md §1, all nine cells of the kuadran kinerja (rows: work result, columns: behaviour). */
    @ParameterizedTest(name = "work {0} + behaviour {1} = {2}")
    @CsvSource({
            "ABOVE, BELOW, KURANG", "ABOVE, MEETS, BAIK", "ABOVE, ABOVE, SANGAT_BAIK",
            "MEETS, BELOW, KURANG", "MEETS, MEETS, BAIK", "MEETS, ABOVE, BAIK",
            "BELOW, BELOW, SANGAT_KURANG", "BELOW, MEETS, BUTUH_PERBAIKAN", "BELOW, ABOVE, BUTUH_PERBAIKAN"})
    void the_rating_matrix_gives_the_regulation_predicate(Rating workResult, Rating behaviour, Predicate expected) {
        assertThat(Predicate.of(workResult, behaviour)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"BELOW, BELOW", "below, BELOW", "Di Bawah Ekspektasi, BELOW", "sesuai  ekspektasi, MEETS",
            "DI ATAS EKSPEKTASI, ABOVE", "' Meets ', MEETS"})
    void ratings_parse_from_codes_and_indonesian_labels(String raw, Rating expected) {
        assertThat(Rating.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"GOOD", "''", "Sangat Baik"})
    void anything_else_is_not_a_rating(String raw) {
        assertThat(Rating.parse(raw)).isEmpty();
    }
}
