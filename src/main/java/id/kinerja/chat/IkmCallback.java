package id.kinerja.chat;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Buttons of /ikm and of the suggestions digest: a unit's charts, its open suggestions, following one up. */
sealed interface IkmCallback extends CallbackData {

    /** {@code ikmc:<unitId>}: the unit's NRR bars and IKM trend as pictures. */
    record Chart(long unitId) implements IkmCallback {
        static final String PREFIX = "ikmc";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, unitId);
        }
    }

    /** {@code ikms:<unitId>}: the unit's suggestions not followed up yet. */
    record Suggestions(long unitId) implements IkmCallback {
        static final String PREFIX = "ikms";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, unitId);
        }
    }

    /** {@code ikmf:<suggestion id, 32 hex>}: mark one suggestion followed up (a note is asked next). */
    record FollowUp(UUID suggestion) implements IkmCallback {
        static final String PREFIX = "ikmf";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "([0-9a-f]{32})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, suggestion.toString().replace("-", ""));
        }

        static FollowUp of(String hex) {
            byte[] bytes = HexFormat.of().parseHex(hex);
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            return new FollowUp(new UUID(buffer.getLong(), buffer.getLong()));
        }
    }

    static Optional<IkmCallback> parse(String data) {
        return Callbacks.match(Chart.DATA, data).<IkmCallback>map(m -> new Chart(Callbacks.id(m, 1)))
                .or(() -> Callbacks.match(Suggestions.DATA, data).map(m -> new Suggestions(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(FollowUp.DATA, data).map(m -> FollowUp.of(m.group(1))));
    }
}
