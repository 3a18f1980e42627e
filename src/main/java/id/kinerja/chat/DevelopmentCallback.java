package id.kinerja.chat;

import id.kinerja.followup.DevelopmentKind;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** Buttons of /pengembangan: record an activity step by step, delete one's own, HR's list of who is below target. */
sealed interface DevelopmentCallback extends CallbackData {

    /** {@code dva}: start recording an activity (the kinds are shown). */
    record Add() implements DevelopmentCallback {
        static final String PREFIX = "dva";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, null);

        @Override
        public String encode() {
            return Callbacks.join(PREFIX);
        }
    }

    /** {@code dvk:<KIND>}: the kind chosen; the title is asked next. */
    record Kind(DevelopmentKind kind) implements DevelopmentCallback {
        static final String PREFIX = "dvk";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "([A-Z_]{1,20})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, kind.name());
        }

        static Optional<Kind> of(String name) {
            return Arrays.stream(DevelopmentKind.values()).filter(k -> k.name().equals(name)).findFirst().map(Kind::new);
        }
    }

    /** {@code dvs} saves the draft of the confirmation card, {@code dvx} drops it. */
    record Confirm(boolean save) implements DevelopmentCallback {
        static final String SAVE = "dvs";
        static final String DROP = "dvx";
        private static final Pattern SAVE_DATA = Callbacks.pattern(SAVE, null);
        private static final Pattern DROP_DATA = Callbacks.pattern(DROP, null);

        @Override
        public String encode() {
            return Callbacks.join(save ? SAVE : DROP);
        }
    }

    /** {@code dvl}: one's own recent activities, each with a delete button. */
    record RemoveList() implements DevelopmentCallback {
        static final String PREFIX = "dvl";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, null);

        @Override
        public String encode() {
            return Callbacks.join(PREFIX);
        }
    }

    /** {@code dvd:<id>:<0|1>}: asks to confirm deleting one's own activity (0), or deletes it (1). */
    record Remove(long activityId, boolean confirmed) implements DevelopmentCallback {
        static final String PREFIX = "dvd";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,18}):([01])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, activityId, confirmed ? 1 : 0);
        }
    }

    /** {@code dvb:<page>:<0|1>}: HR's page of employees below the JP target, as a new message (0) or in place (1). */
    record Below(int page, boolean inPlace) implements DevelopmentCallback {
        static final String PREFIX = "dvb";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(\\d{1,5}):([01])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, page, inPlace ? 1 : 0);
        }
    }

    static Optional<DevelopmentCallback> parse(String data) {
        return Callbacks.match(Add.DATA, data).<DevelopmentCallback>map(m -> new Add())
                .or(() -> Callbacks.match(Kind.DATA, data).flatMap(m -> Kind.of(m.group(1))))
                .or(() -> Callbacks.match(Confirm.SAVE_DATA, data).map(m -> new Confirm(true)))
                .or(() -> Callbacks.match(Confirm.DROP_DATA, data).map(m -> new Confirm(false)))
                .or(() -> Callbacks.match(RemoveList.DATA, data).map(m -> new RemoveList()))
                .or(() -> Callbacks.match(Remove.DATA, data)
                        .map(m -> new Remove(Callbacks.id(m, 1), "1".equals(m.group(2)))))
                .or(() -> Callbacks.match(Below.DATA, data)
                        .map(m -> new Below(Integer.parseInt(m.group(1)), "1".equals(m.group(2)))));
    }
}
