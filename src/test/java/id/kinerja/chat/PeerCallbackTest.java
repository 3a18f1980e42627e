package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeerCallbackTest {

    private static PeerCallback.PromptTap tap(String data) {
        return (PeerCallback.PromptTap) PeerCallback.parse(data).orElseThrow();
    }

    @Test
    void a_prompt_tap_is_decoded_with_its_colleagues_line_and_stars() {
        PeerCallback.PromptTap tap = tap("pr:q:12:2:5.7.9:24");

        assertThat(tap.periodId()).isEqualTo(12);
        assertThat(tap.colleagues()).containsExactly(5L, 7L, 9L);
        assertThat(tap.ratee()).isEqualTo(9);
        assertThat(tap.stars()).isEqualTo(4);
        assertThat(tap.skippedAfter()).as("rating a line un-skips it only").isEqualTo(2);
    }

    @Test
    void a_skip_marks_its_line() {
        PeerCallback.PromptTap tap = tap("pr:q:12:1:5.7:10");

        assertThat(tap.isSkip()).isTrue();
        assertThat(tap.skippedAfter()).isEqualTo(3);
    }

    @Test
    void malformed_prompt_taps_are_refused() {
        assertThat(PeerCallback.parse("pr:q:12:0:5.7:26")).as("line out of range").isEmpty();
        assertThat(PeerCallback.parse("pr:q:12:0:5.7:06")).as("six stars").isEmpty();
        assertThat(PeerCallback.parse("pr:q:12:0:5.5:05")).as("same colleague twice").isEmpty();
        assertThat(PeerCallback.parse("pr:q:12:8:5:05")).as("bad mask").isEmpty();
        assertThat(PeerCallback.parse("pr:q:12:0:1.2.3.4:05")).as("four colleagues").isEmpty();
        assertThat(PeerCallback.parse("pr:q:x:0:5:05")).isEmpty();
        assertThat(PeerCallback.parse("pr:q:")).isEmpty();
        assertThat(PeerCallback.parse("")).isEmpty();
    }

    @Test
    void every_peer_button_reads_back_as_it_was_written_in_the_wire_format_of_sent_buttons() {
        List<PeerCallback> all = List.of(new PeerCallback.ListPage(7, 2), new PeerCallback.Choose(7, 41),
                new PeerCallback.Skip(7, 41), new PeerCallback.Rate(7, 41, 5), new PeerCallback.NoComment(7),
                new PeerCallback.CommentsAboutMe(7), new PeerCallback.Hint(),
                new PeerCallback.PromptTap(7, 5, List.of(3L, 4L, 9L), 1, 0));

        assertThat(all).extracting(PeerCallback::encode).containsExactly("pr:l:7:2", "pr:c:7:41", "pr:x:7:41",
                "pr:s:7:41:5", "pr:n:7", "pr:m:7", "pr:h", "pr:q:7:5:3.4.9:10");
        all.forEach(data -> assertThat(Callbacks.parse(data.encode())).contains(data));
    }

    @Test
    void garbage_under_the_peer_prefix_is_refused() {
        assertThat(PeerCallback.parse("pr:s:7:41:0")).as("zero stars is no rating").isEmpty();
        assertThat(PeerCallback.parse("pr:s:7:41:6")).isEmpty();
        assertThat(PeerCallback.parse("pr:l:7:12345")).as("page too long").isEmpty();
        assertThat(PeerCallback.parse("pr:n:7:8")).isEmpty();
        assertThat(PeerCallback.parse("pr:h:1")).isEmpty();
        assertThat(PeerCallback.parse("pr:z:7")).isEmpty();
        assertThat(PeerCallback.parse("pr")).isEmpty();
    }

    @Test
    void a_prompt_tap_over_64_bytes_is_never_built() {
        long big = 999_999_999_999_999_999L;

        assertThatThrownBy(() -> new PeerCallback.PromptTap(big, 0, List.of(big, big - 1, big - 2), 0, 1).encode())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bytes");
    }

    @Test
    void stars_are_drawn_out_of_five() {
        assertThat(PeerPromptScreen.stars(4)).isEqualTo("★★★★☆");
    }
}
