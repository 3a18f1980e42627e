package id.kinerja.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final FontMetrics metrics = metrics();

    @Test
    void a_long_name_wraps_between_words_and_loses_nothing() {
        String name = "Unit Pelaksana Teknis Daerah Pusat Kesehatan Masyarakat Kelurahan Tanah Enam Ratus "
                + "Kecamatan Medan Marelan Kota Medan";

        List<String> lines = TextWrap.lines(name, metrics, 600);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines).allMatch(line -> metrics.stringWidth(line) <= 600);
        assertThat(String.join(" ", lines)).isEqualTo(name);
        assertThat(lines).noneMatch(line -> line.startsWith(" ") || line.endsWith(" "));
    }

    @Test
    void a_word_wider_than_the_line_is_broken_inside_it_without_losing_a_character() {
        String link = "https://t.me/KinerjaMarelanBot?start=skm_999999999999_surat-keterangan-domisil_0123456789abcdef";

        List<String> lines = TextWrap.lines("see " + link, metrics, 400);

        assertThat(lines).allMatch(line -> metrics.stringWidth(line) <= 400);
        assertThat(lines.get(0)).isEqualTo("see");
        assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(link);
        assertThat(lines.get(1)).as("broken after a separator").isEqualTo("https://t.me/");
    }

    @Test
    void a_short_text_stays_on_one_line() {
        assertThat(TextWrap.lines("  Kelurahan Terjun ", metrics, 900)).containsExactly("Kelurahan Terjun");
    }

    private static FontMetrics metrics() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        return g.getFontMetrics(new Font(Font.SANS_SERIF, Font.BOLD, 40));
    }
}
