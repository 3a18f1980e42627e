package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buttons of /umumkan and of an announcement: {@code an:to:<id>} choose the audience of draft {@code id} (a new message under the preview),
 * {@code an:b:<id>} back to that choice in place,
 * {@code an:a:<id>:all|sup} everyone or supervisors of the scope, {@code an:u:<id>:<page>} a page of the units,
 * {@code an:un:<id>:<unit>} one unit subtree, {@code an:k:<id>:1|0} with or without "Sudah dibaca",
 * {@code an:s:<id>} send, {@code an:x:<id>} cancel, {@code an:st} HR's sent announcements, {@code an:v:<id>} one of
 * them, {@code an:ok:<id>} a recipient's "Sudah dibaca".
 */
sealed interface AnnouncementCallback extends CallbackData {

    String PREFIX = "an";

    record ChooseAudience(long draftId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "to:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "to", draftId);
        }
    }

    /** Back to the audience choice from a later step, in place. */
    record BackToAudience(long draftId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "b:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "b", draftId);
        }
    }

    /** Everyone ({@code supervisorsOnly} false) or the supervisors of the whole scope. */
    record WholeScope(long draftId, boolean supervisorsOnly) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "a:(\\d{1,18}):(all|sup)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "a", draftId, supervisorsOnly ? "sup" : "all");
        }
    }

    record UnitPage(long draftId, int page) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "u:(\\d{1,18}):(\\d{1,4})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "u", draftId, page);
        }
    }

    record ChooseUnit(long draftId, long unitId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "un:(\\d{1,18}):(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "un", draftId, unitId);
        }
    }

    record Acknowledgement(long draftId, boolean withButton) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "k:(\\d{1,18}):([01])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "k", draftId, withButton ? 1 : 0);
        }
    }

    record Send(long draftId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "s:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "s", draftId);
        }
    }

    record Cancel(long draftId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "x:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "x", draftId);
        }
    }

    record Status() implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "st");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "st");
        }
    }

    record View(long announcementId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "v:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "v", announcementId);
        }
    }

    record Acknowledge(long announcementId) implements AnnouncementCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "ok:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "ok", announcementId);
        }
    }

    static Optional<AnnouncementCallback> parse(String data) {
        return Callbacks.match(ChooseAudience.DATA, data).<AnnouncementCallback>map(m -> new ChooseAudience(Callbacks.id(m, 1)))
                .or(() -> Callbacks.match(BackToAudience.DATA, data).map(m -> new BackToAudience(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(WholeScope.DATA, data)
                        .map(m -> new WholeScope(Callbacks.id(m, 1), m.group(2).equals("sup"))))
                .or(() -> Callbacks.match(UnitPage.DATA, data)
                        .map(m -> new UnitPage(Callbacks.id(m, 1), Integer.parseInt(m.group(2)))))
                .or(() -> Callbacks.match(ChooseUnit.DATA, data)
                        .map(m -> new ChooseUnit(Callbacks.id(m, 1), Callbacks.id(m, 2))))
                .or(() -> Callbacks.match(Acknowledgement.DATA, data)
                        .map(m -> new Acknowledgement(Callbacks.id(m, 1), m.group(2).equals("1"))))
                .or(() -> Callbacks.match(Send.DATA, data).map(m -> new Send(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Cancel.DATA, data).map(m -> new Cancel(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Status.DATA, data).map(m -> new Status()))
                .or(() -> Callbacks.match(View.DATA, data).map(m -> new View(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(Acknowledge.DATA, data).map(m -> new Acknowledge(Callbacks.id(m, 1))));
    }
}
