package id.kinerja.chat;

import static id.kinerja.appraisal.Predicate.BUTUH_PERBAIKAN;
import static id.kinerja.appraisal.Predicate.KURANG;
import static id.kinerja.appraisal.Predicate.SANGAT_BAIK;
import static id.kinerja.appraisal.Predicate.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.appraisal.Period;
import id.kinerja.appraisal.PeriodName;
import id.kinerja.appraisal.ScoreCard.TrendPoint;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final Texts TEXTS = Texts.load(Path.of("bot-scripts"));

    private static final List<TrendPoint> RISING = List.of(new TrendPoint("2026-07", month(7), SANGAT_KURANG),
            new TrendPoint("2026-08", month(8), BUTUH_PERBAIKAN), new TrendPoint("2026-09", month(9), SANGAT_BAIK));
    private static final List<TrendPoint> FALLING = List.of(new TrendPoint("2026-07", month(7), SANGAT_BAIK),
            new TrendPoint("2026-08", month(8), KURANG), new TrendPoint("2026-09", month(9), SANGAT_KURANG));

    @Test
    void the_png_decodes_to_a_phone_sized_image() throws IOException {
        BufferedImage image = decode(TrendChart.png(RISING, Language.ID, TEXTS));

        assertThat(image.getWidth()).isEqualTo(TrendChart.WIDTH).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(TrendChart.HEIGHT).isEqualTo(500);
    }

    @Test
    void different_trends_and_languages_draw_different_pictures() throws IOException {
        byte[] rising = TrendChart.png(RISING, Language.ID, TEXTS);

        assertThat(pixels(decode(TrendChart.png(FALLING, Language.ID, TEXTS)))).isNotEqualTo(pixels(decode(rising)));
        assertThat(pixels(decode(TrendChart.png(RISING, Language.EN, TEXTS)))).isNotEqualTo(pixels(decode(rising)));
        assertThat(pixels(decode(TrendChart.png(RISING, Language.ID, TEXTS)))).as("deterministic")
                .isEqualTo(pixels(decode(rising)));
    }

    @Test
    void a_point_is_drawn_at_the_height_of_its_predicate() throws IOException {
        // two periods with the same predicate: a horizontal line at that level, nothing on other levels' points
        BufferedImage top = decode(TrendChart.png(List.of(new TrendPoint("2026-08", month(8), SANGAT_BAIK),
                new TrendPoint("2026-09", month(9), SANGAT_BAIK)), Language.ID, TEXTS));
        BufferedImage bottom = decode(TrendChart.png(List.of(new TrendPoint("2026-08", month(8), SANGAT_KURANG),
                new TrendPoint("2026-09", month(9), SANGAT_KURANG)), Language.ID, TEXTS));

        int middleX = TrendChart.WIDTH / 2;
        assertThat(lineRows(top, middleX)).allMatch(y -> y < TrendChart.HEIGHT / 3);
        assertThat(lineRows(bottom, middleX)).allMatch(y -> y > TrendChart.HEIGHT * 2 / 3);
        assertThat(lineRows(top, middleX)).isNotEmpty();
        assertThat(lineRows(bottom, middleX)).isNotEmpty();
    }

    @Test
    void an_empty_trend_is_refused() {
        assertThatThrownBy(() -> TrendChart.png(List.of(), Language.ID, TEXTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Rows where the column crosses the chart's (blue) line. */
    private static List<Integer> lineRows(BufferedImage image, int x) {
        return java.util.stream.IntStream.range(0, image.getHeight()).filter(y -> {
            int rgb = image.getRGB(x, y);
            int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
            return b > 150 && r < 80 && g < 140;
        }).boxed().toList();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a decodable PNG").isNotNull();
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static PeriodName month(int month) {
        return new PeriodName(Period.Kind.MONTHLY, LocalDate.of(2026, month, 1));
    }
}
