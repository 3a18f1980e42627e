package id.kinerja.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoachingNoteTest {

    @Test
    void up_to_five_hundred_characters_counted_as_people_see_them() {
        assertThat(CoachingNote.problem("Ketepatan waktu laporan")).isEmpty();
        assertThat(CoachingNote.problem("x".repeat(500))).isEmpty();
        assertThat(CoachingNote.problem("  " + "x".repeat(500) + "\n")).as("surrounding blanks do not count").isEmpty();
        assertThat(CoachingNote.problem("😀".repeat(500))).as("one emoji is one character").isEmpty();
        assertThat(CoachingNote.problem("x".repeat(501))).contains(CoachingNote.Problem.TOO_LONG);
        assertThat(CoachingNote.length("x".repeat(501))).isEqualTo(501);
    }

    @Test
    void empty_and_hidden_characters_are_refused() {
        assertThat(CoachingNote.problem("   ")).contains(CoachingNote.Problem.EMPTY);
        assertThat(CoachingNote.problem(null)).contains(CoachingNote.Problem.EMPTY);
        assertThat(CoachingNote.problem("fokus\u0007teks")).contains(CoachingNote.Problem.HIDDEN_CHARACTER);
    }
}
