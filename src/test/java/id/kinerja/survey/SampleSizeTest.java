package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

    @Test
    void the_krejcie_morgan_examples_of_the_domain() {
        assertThat(SampleSize.minimum(100)).isEqualTo(80);
        assertThat(SampleSize.minimum(500)).isEqualTo(217);
        assertThat(SampleSize.minimum(1_000)).isEqualTo(278);
        assertThat(SampleSize.minimum(10_000)).isEqualTo(370);
        assertThat(SampleSize.minimum(1_000_000)).isEqualTo(384);
    }

    @Test
    void rounded_to_the_nearest_as_the_published_table_not_up() {
        assertThat(SampleSize.minimum(500)).as("217.47").isEqualTo(217);
        assertThat(SampleSize.minimum(400)).as("196.19").isEqualTo(196);
        assertThat(SampleSize.minimum(50)).as("44.34").isEqualTo(44);
        assertThat(SampleSize.minimum(200)).as("131.74").isEqualTo(132);
        assertThat(SampleSize.minimum(150)).as("108.07").isEqualTo(108);
    }

    @Test
    void small_and_huge_populations() {
        assertThat(SampleSize.minimum(1)).isEqualTo(1);
        assertThat(SampleSize.minimum(10)).isEqualTo(10); // 960,250 / 98,275 = 9.77… → 10
        assertThat(SampleSize.minimum(Long.MAX_VALUE)).isEqualTo(384); // → 384.1
        assertThatThrownBy(() -> SampleSize.minimum(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_status_is_reached_from_the_minimum_on_and_unknown_without_yearly_users() {
        assertThat(SampleStatus.of(277, OptionalLong.of(1_000)))
                .isEqualTo(new SampleStatus(277, OptionalLong.of(278), false));
        assertThat(SampleStatus.of(278, OptionalLong.of(1_000)))
                .isEqualTo(new SampleStatus(278, OptionalLong.of(278), true));
        assertThat(SampleStatus.of(500, OptionalLong.empty()))
                .isEqualTo(new SampleStatus(500, OptionalLong.empty(), false));
    }
}
