package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.appraisal.Rating;
import id.kinerja.chat.EvaluationCallback.Action;
import id.kinerja.text.Language;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The codecs of every flow but peer ({@link PeerCallbackTest}), and the registry the router parses taps with. */
class CallbacksTest {

    /** Each codec's data as buttons already sent (and queued in the outbox) carry it. */
    private static final Map<CallbackData, String> WIRE = Map.ofEntries(
            Map.entry(new ScoreCallback.FeedbackPage(3), "fb:3"),
            Map.entry(new ScoreCallback.OpenFeedback(), "fbo"),
            Map.entry(new ScoreCallback.TrendChart(), "tr"),
            Map.entry(new AccountCallback.ChooseLanguage(Language.EN), "lang:en"),
            Map.entry(new AccountCallback.ChooseLanguage(Language.ID), "lang:id"),
            Map.entry(new AccountCallback.Unlink(true), "unlink:yes"),
            Map.entry(new AccountCallback.Unlink(false), "unlink:no"),
            Map.entry(new LinkSwitchCallback("0123456789abcdef", true), "lsw:0123456789abcdef:yes"),
            Map.entry(new LinkSwitchCallback("0123456789abcdef", false), "lsw:0123456789abcdef:no"),
            Map.entry(new EvaluationCallback.Open(41, 7), "ev:41:7"),
            Map.entry(new EvaluationCallback.Step("9f00a1b2", Action.WORK, Rating.ABOVE), "ew:9f00a1b2:w.ABOVE"),
            Map.entry(new EvaluationCallback.Step("9f00a1b2", Action.BEHAVIOUR, Rating.BELOW), "ew:9f00a1b2:b.BELOW"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.BACK), "ew:9f00a1b2:back"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.CANCEL), "ew:9f00a1b2:cancel"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.SUBMIT), "ew:9f00a1b2:submit"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.KEEP), "ew:9f00a1b2:keep"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.CLEAR), "ew:9f00a1b2:clear"),
            Map.entry(EvaluationCallback.Step.of("9f00a1b2", Action.SKIP), "ew:9f00a1b2:skip"),
            Map.entry(new SnoozeCallback(7), "snz:7"),
            Map.entry(new RecapExportCallback(7, "xlsx"), "rx:7:xlsx"),
            Map.entry(new RecapExportCallback(7, "csv"), "rx:7:csv"));

    @Test
    void every_codec_writes_the_wire_format_of_buttons_already_sent_and_reads_it_back() {
        WIRE.forEach((data, wire) -> {
            assertThat(data.encode()).isEqualTo(wire);
            assertThat(Callbacks.parse(wire)).as(wire).contains(data);
        });
    }

    @Test
    void each_data_is_read_by_exactly_one_codec() {
        List<String> peer = List.of("pr:l:7:2", "pr:q:7:5:3.4.9:10", "pr:h");
        for (String wire : Stream.concat(WIRE.values().stream(), peer.stream()).toList()) {
            assertThat(Callbacks.CODECS.stream().filter(codec -> codec.apply(wire).isPresent())).as(wire).hasSize(1);
        }
    }

    @Test
    void a_recap_button_from_before_xlsx_is_csv() {
        assertThat(Callbacks.parse("rx:7")).contains(new RecapExportCallback(7, "csv"));
    }

    @Test
    void a_rating_step_reads_a_rating_the_way_the_rating_itself_does() {
        assertThat(Callbacks.parse("ew:9f00a1b2:w.meets"))
                .contains(new EvaluationCallback.Step("9f00a1b2", Action.WORK, Rating.MEETS));
    }

    @Test
    void forged_garbage_and_unknown_data_parse_to_nothing() {
        List<String> garbage = List.of("", ":", "fb", "fb:", "fb:x", "fb:12345", "fbo:1", "tr:1", "lang:fr",
                "lang:EN", "unlink:maybe", "unlink", "lsw:0123:yes", "lsw:0123456789abcdef:ya",
                "lsw:0123456789ABCDEF:yes", "ev:1", "ev:1:2:3", "ev:a:2", "ev:1234567890123456789:2",
                "ew:9f00a1b2", "ew:9f00a1b2:w.GREAT", "ew:9f00a1b2:x.ABOVE", "ew:9f00a1b2:SUBMIT", "ew::back",
                "ew:9f00a1b2:work", "snz:", "snz:-1", "snz:1:2", "rx:7:pdf", "rx:x", "zz:1", "ev:1:2 ",
                "ev:１:2");
        garbage.forEach(data -> assertThat(Callbacks.parse(data)).as(data).isEmpty());
        assertThat(Callbacks.parse(null)).isEmpty();
    }

    @Test
    void nothing_over_64_bytes_is_built_or_parsed() {
        String sixtyFour = "é".repeat(32);
        assertThat(Callbacks.checked(sixtyFour)).isEqualTo(sixtyFour);
        assertThatThrownBy(() -> Callbacks.checked(sixtyFour + "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64 bytes");
        assertThatThrownBy(() -> new RecapExportCallback(1, "x".repeat(60)).encode())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Callbacks.parse("rx:" + "1".repeat(62))).isEmpty();
    }

    @Test
    void a_rating_goes_only_with_a_rating_step() {
        assertThatThrownBy(() -> EvaluationCallback.Step.of("9f00a1b2", Action.WORK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvaluationCallback.Step("9f00a1b2", Action.BACK, Rating.MEETS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
