package id.kinerja.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void short_text_stays_one_message() {
        assertThat(MessageSplitter.split("a\nb", 4096)).containsExactly("a\nb");
    }

    @Test
    void long_text_is_split_on_line_boundaries_within_the_limit() {
        String line = "x".repeat(30);
        String text = String.join("\n", java.util.Collections.nCopies(10, line));

        List<String> parts = MessageSplitter.split(text, 100);

        assertThat(parts).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(100));
        assertThat(parts).allSatisfy(p -> assertThat(p.split("\n")).allMatch(line::equals));
        assertThat(String.join("\n", parts)).isEqualTo(text);
    }

    @Test
    void paragraphs_stay_together_when_they_fit() {
        String entry = "judul\n" + "y".repeat(40);
        String text = String.join("\n\n", java.util.Collections.nCopies(5, entry));

        List<String> parts = MessageSplitter.split(text, 100);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p).startsWith("judul"));
    }

    @Test
    void an_overlong_line_is_cut_at_a_space_and_never_inside_a_tag_or_entity() {
        String text = "kata &amp; <b>tebal</b> ".repeat(20);

        List<String> parts = MessageSplitter.split(text, 50);

        assertThat(parts).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(50);
            assertThat(p.chars().filter(c -> c == '<').count()).isEqualTo(p.chars().filter(c -> c == '>').count());
            assertThat(p).doesNotEndWith("&amp").doesNotEndWith("&");
        });
    }

    @Test
    void trimming_for_an_edit_keeps_within_the_limit() {
        String text = "baris\n".repeat(2000);
        String trimmed = MessageSplitter.trim(text, 4096);
        assertThat(trimmed.length()).isLessThanOrEqualTo(4096);
        assertThat(trimmed).endsWith("…");
    }
}
