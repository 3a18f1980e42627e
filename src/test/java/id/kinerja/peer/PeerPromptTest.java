package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerPromptTest {

    @Test
    void a_prompt_tap_is_decoded_with_its_colleagues_line_and_stars() {
        PeerPrompt.Tap tap = PeerPrompt.parse("12:2:5.7.9:24").orElseThrow();

        assertThat(tap.periodId()).isEqualTo(12);
        assertThat(tap.colleagues()).containsExactly(5L, 7L, 9L);
        assertThat(tap.ratee()).isEqualTo(9);
        assertThat(tap.stars()).isEqualTo(4);
        assertThat(tap.skippedAfter()).as("rating a line un-skips it only").isEqualTo(2);
    }

    @Test
    void a_skip_marks_its_line() {
        PeerPrompt.Tap tap = PeerPrompt.parse("12:1:5.7:10").orElseThrow();

        assertThat(tap.isSkip()).isTrue();
        assertThat(tap.skippedAfter()).isEqualTo(3);
    }

    @Test
    void malformed_data_is_refused() {
        assertThat(PeerPrompt.parse("12:0:5.7:26")).as("line out of range").isEmpty();
        assertThat(PeerPrompt.parse("12:0:5.7:06")).as("six stars").isEmpty();
        assertThat(PeerPrompt.parse("12:0:5.5:05")).as("same colleague twice").isEmpty();
        assertThat(PeerPrompt.parse("12:8:5:05")).as("bad mask").isEmpty();
        assertThat(PeerPrompt.parse("12:0:1.2.3.4:05")).as("four colleagues").isEmpty();
        assertThat(PeerPrompt.parse("x:0:5:05")).isEmpty();
        assertThat(PeerPrompt.parse("")).isEmpty();
    }

    @Test
    void stars_are_drawn_out_of_five() {
        assertThat(PeerPrompt.stars(4)).isEqualTo("★★★★☆");
    }
}
