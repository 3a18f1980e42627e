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
    void aLevelLineIsAPhoneSizedPngWithTheSeriesDrawnInIt() throws IOException {
        BufferedImage image = decode(Charts.levelLine("Trend", List.of("a", "b", "c"), List.of(0, 2, 1), LEVELS));

        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(seriesPixels(image)).isGreaterThan(1_000);
    }

    @Test
    void barsAreAPhoneSizedPngWithTheSeriesDrawnInIt() throws IOException {
        BufferedImage image = decode(Charts.bars("Answers", List.of("yes", "no", "maybe"), List.of(12, 3, 5)));

        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        assertThat(seriesPixels(image)).isGreaterThan(10_000);
    }

    @Test
    void pointsOutsideTheLevelsOrWithoutLabelsAreRefused() {
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
}
