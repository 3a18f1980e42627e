package id.kinerja.chat;

import static id.kinerja.appraisal.Rating.ABOVE;
import static id.kinerja.appraisal.Rating.BELOW;
import static id.kinerja.appraisal.Rating.MEETS;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.appraisal.ObjectionParty;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The objection buttons' wire format, read back by exactly one codec, within Telegram's 64 bytes. */
class ObjectionCallbackTest {

    private static final List<Map.Entry<ObjectionCallback, String>> WIRE = List.of(
            Map.entry(new ObjectionCallback.File(12), "kbf:12"),
            Map.entry(new ObjectionCallback.Send(12), "kbs:12"),
            Map.entry(new ObjectionCallback.Abort(12), "kbx:12"),
            Map.entry(new ObjectionCallback.Ask(5, ObjectionParty.RATER), "kba:5:R"),
            Map.entry(new ObjectionCallback.Ask(5, ObjectionParty.EMPLOYEE), "kba:5:E"),
            Map.entry(new ObjectionCallback.Explain(5, ObjectionParty.RATER), "kbw:5:R"),
            Map.entry(new ObjectionCallback.Open(5), "kbo:5"),
            Map.entry(new ObjectionCallback.Keep(5), "kbk:5"),
            Map.entry(new ObjectionCallback.Change(5, null), "kbm:5"),
            Map.entry(new ObjectionCallback.Change(5, ABOVE), "kbm:5:A"),
            Map.entry(new ObjectionCallback.Preview(5, ABOVE, BELOW), "kbp:5:AB"),
            Map.entry(new ObjectionCallback.Decide(5, null, null), "kbd:5:K"),
            Map.entry(new ObjectionCallback.Decide(5, MEETS, ABOVE), "kbd:5:MA"));

    @Test
    void every_button_writes_its_wire_format_and_only_its_codec_reads_it_back() {
        for (Map.Entry<ObjectionCallback, String> entry : WIRE) {
            assertThat(entry.getKey().encode()).isEqualTo(entry.getValue());
            assertThat(Callbacks.parse(entry.getValue())).contains(entry.getKey());
            assertThat(Callbacks.CODECS.stream().filter(codec -> codec.apply(entry.getValue()).isPresent()))
                    .as(entry.getValue()).hasSize(1);
        }
    }

    @Test
    void the_longest_ids_fit_in_the_limit() {
        String data = new ObjectionCallback.Decide(999_999_999_999_999_999L, ABOVE, ABOVE).encode();
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Callbacks.MAX_BYTES);
    }

    @Test
    void forged_data_parses_to_nothing() {
        for (String forged : List.of("kbd:5", "kbd:5:X", "kbd:5:KK", "kba:5:Q", "kbf:-1", "kbp:5:A", "kbm:5:Z",
                "kbf:1234567890123456789", "kbd:5:K:1")) {
            assertThat(Callbacks.parse(forged)).as(forged).isEmpty();
        }
    }
}
