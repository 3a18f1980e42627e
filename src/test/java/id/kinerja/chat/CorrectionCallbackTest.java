package id.kinerja.chat;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.account.CorrectionField;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrectionCallbackTest {

    private static final Map<CallbackData, String> WIRE = Map.of(
            new CorrectionCallback.Field(Optional.of(CorrectionField.SUPERVISOR)), "kr:f:supervisor",
            new CorrectionCallback.Field(Optional.of(CorrectionField.NIP)), "kr:f:nip",
            new CorrectionCallback.Field(Optional.empty()), "kr:f:rating",
            new CorrectionCallback.View(123456789012345678L), "kr:v:123456789012345678",
            new CorrectionCallback.Answer(42, true), "kr:ok:42",
            new CorrectionCallback.Answer(42, false), "kr:no:42");

    @Test
    void writes_and_reads_its_wire_format_through_the_registry_alone() {
        WIRE.forEach((data, wire) -> {
            assertThat(data.encode()).isEqualTo(wire);
            assertThat(Callbacks.parse(wire)).as(wire).contains(data);
            assertThat(Callbacks.CODECS.stream().filter(codec -> codec.apply(wire).isPresent())).as(wire).hasSize(1);
        });
    }

    @Test
    void forged_data_parses_to_nothing() {
        for (String forged : new String[] {"kr:f:salary", "kr:ok:", "kr:ok:-1", "kr:v:x", "kr:yes:1", "kr"}) {
            assertThat(Callbacks.parse(forged)).as(forged).isEmpty();
        }
    }
}
