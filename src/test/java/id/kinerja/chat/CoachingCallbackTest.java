package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coaching buttons' wire format, read by exactly one codec; forged data parses to nothing. */
class CoachingCallbackTest {

    private static final Map<CallbackData, String> WIRE = Map.of(
            new CoachingCallback.Team(), "ccht",
            new CoachingCallback.Plan(41), "cchp:41",
            new CoachingCallback.Kind(41, 7, 2), "cchk:41:7:2",
            new CoachingCallback.Day(41, 0, 3, LocalDate.of(2026, 12, 4)), "cchd:41:0:3:20261204",
            new CoachingCallback.Outcome(9), "ccho:9",
            new CoachingCallback.Result(9, 'P'), "cchr:9:P",
            new CoachingCallback.NewDay(9, LocalDate.of(2027, 1, 5)), "cchm:9:20270105",
            new CoachingCallback.Feedback(9, 4, 3), "cchf:9:4:3");

    @Test
    void each_button_reads_back_and_only_through_its_codec() {
        WIRE.forEach((data, wire) -> {
            assertThat(data.encode()).isEqualTo(wire);
            assertThat(Callbacks.parse(wire)).as(wire).contains(data);
            assertThat(Callbacks.CODECS.stream().filter(codec -> codec.apply(wire).isPresent())).as(wire).hasSize(1);
        });
    }

    @Test
    void the_longest_data_fits_the_limit() {
        long big = 999_999_999_999_999_999L;
        assertThat(new CoachingCallback.Day(big, big, 3, LocalDate.of(2026, 12, 4)).encode().length())
                .isLessThanOrEqualTo(Callbacks.MAX_BYTES);
    }

    @Test
    void forged_data_parses_to_nothing() {
        List<String> garbage = List.of("ccht:1", "cchp", "cchp:x", "cchk:1:2", "cchk:1:2:10", "cchd:1:0:3:20261332",
                "cchd:1:0:3:2026124", "ccho:", "cchr:9:X", "cchr:9:h", "cchm:9:20260230", "cchf:9:4", "cchf:9:100:1");
        garbage.forEach(data -> assertThat(Callbacks.parse(data)).as(data).isEmpty());
    }
}
