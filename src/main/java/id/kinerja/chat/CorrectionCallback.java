package id.kinerja.chat;

import id.kinerja.account.CorrectionField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buttons of /koreksi and of HR's answer: {@code kr:f:<field>} the field a correction is about ({@code rating}: "I
 * disagree with the rating", pointed to keberatan), {@code kr:v:<id>} HR opens a request from /admin,
 * {@code kr:ok:<id>} HR corrected it, {@code kr:no:<id>} HR refuses it (a reason follows).
 */
sealed interface CorrectionCallback extends CallbackData {

    String PREFIX = "kr";

    /** {@code field} is empty for the rating-disagreement button. */
    record Field(Optional<CorrectionField> field) implements CorrectionCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "f:(name|nip|unit|position|supervisor|other|rating)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "f", field.map(f -> f.name().toLowerCase(Locale.ROOT)).orElse("rating"));
        }
    }

    record View(long requestId) implements CorrectionCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "v:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "v", requestId);
        }
    }

    record Answer(long requestId, boolean corrected) implements CorrectionCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(ok|no):(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, corrected ? "ok" : "no", requestId);
        }
    }

    static Optional<CorrectionCallback> parse(String data) {
        return Callbacks.match(Field.DATA, data)
                .<CorrectionCallback>map(m -> new Field(m.group(1).equals("rating") ? Optional.empty()
                        : Optional.of(CorrectionField.valueOf(m.group(1).toUpperCase(Locale.ROOT)))))
                .or(() -> Callbacks.match(View.DATA, data).map(m -> new View(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Answer.DATA, data)
                        .map(m -> new Answer(Callbacks.id(m, 2), m.group(1).equals("ok"))));
    }
}
