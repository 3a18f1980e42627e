package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void indonesian_and_english_names_and_bot_mentions_parse_to_the_same_command() {
        assertThat(Command.parse("/skor")).contains(Command.SCORE);
        assertThat(Command.parse("/score")).contains(Command.SCORE);
        assertThat(Command.parse("/SKOR@kinerja_bot")).contains(Command.SCORE);
        assertThat(Command.parse("/umpan_balik")).contains(Command.FEEDBACK);
        assertThat(Command.parse("/tautkan")).contains(Command.LINK);
        assertThat(Command.parse("/link")).contains(Command.LINK);
    }

    @Test
    void other_text_is_no_command() {
        assertThat(Command.parse("skor")).isEmpty();
        assertThat(Command.parse("/unknown")).isEmpty();
        assertThat(Command.parse("/")).isEmpty();
    }
}
