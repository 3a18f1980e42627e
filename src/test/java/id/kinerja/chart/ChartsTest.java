package id.kinerja.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final List<String> LEVELS = List.of("low", "middle", "high");

    @Test
    void a_level_line_is_a_phone_sized_png_with_the_series_drawn_in_it() throws IOException {
        BufferedImage image = decode(Charts.levelLine("Trend", List.of("a", "b", "c"), List.of(0, 2, 1), LEVELS));

        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(seriesPixels(image)).isGreaterThan(1_000);
    }

    @Test
    void bars_are_a_phone_sized_png_with_the_series_drawn_in_it() throws IOException {
        BufferedImage image = decode(Charts.bars("Answers", List.of("yes", "no", "maybe"), List.of(12, 3, 5)));

        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(seriesPixels(image)).isGreaterThan(10_000);
    }

    @Test
    void points_outside_the_levels_or_without_labels_are_refused() {
        assertThatThrownBy(() -> Charts.levelLine("t", List.of("a"), List.of(3), LEVELS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Charts.levelLine("t", List.of(), List.of(), LEVELS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Charts.bars("t", List.of("a", "b"), List.of(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static long seriesPixels(BufferedImage image) {
        int series = PhoneStyle.SERIES.getRGB() & 0xFFFFFF;
        return IntStream.range(0, image.getHeight()).mapToLong(y -> IntStream.range(0, image.getWidth())
                .filter(x -> (image.getRGB(x, y) & 0xFFFFFF) == series).count()).sum();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    @Test
    void ticks_between_or_past_the_levels_get_distinct_blank_labels_so_the_layout_ends() {
        List<String> levels = List.of("Sangat Kurang", "Kurang", "Butuh Perbaikan", "Baik", "Sangat Baik");
        List<String> labels = new java.util.ArrayList<>();
        for (double step : new double[] {0.5, 1, 2, 5}) {
            labels.clear();
            for (double value = -step; value < levels.size() - 1 + 2 * step; value += step) {
                labels.add(Charts.levelName(value, levels));
            }
            assertThat(labels).doesNotHaveDuplicates();
            assertThat(labels.stream().filter(String::isBlank)).allMatch(label -> label.length() <= 24);
        }
        assertThat(Charts.levelName(3, levels)).isEqualTo("Baik");
    }

    @Test
    void a_flat_line_and_every_level_count_render_in_time() {
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            for (int count = 2; count <= 6; count++) {
                List<String> levels = java.util.stream.IntStream.range(0, count).mapToObj(i -> "level " + i).toList();
                assertThat(Charts.levelLine("flat", List.of("a", "b", "c"), List.of(1, 1, 1), levels)).isNotEmpty();
                assertThat(Charts.levelLine("one", List.of("a"), List.of(count - 1), levels)).isNotEmpty();
            }
        });
    }
}
