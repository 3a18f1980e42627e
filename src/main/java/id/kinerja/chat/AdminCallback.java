package id.kinerja.chat;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Buttons of /admin: {@code adm:u:<periodId>:<page>:<0|1>} a page of the per-unit progress (1: in place of the
 * tapped page), {@code adm:p:<page>:<0|1>} a page of who is not linked or unreachable, {@code adm:rs:<upToId>}
 * resend the UNCONFIRMED messages listed (ids up to the one shown), {@code adm:ra} "remind everyone now" (asks
 * first), {@code adm:rg:<epochDay>} its confirmation, valid on that day only, {@code adm:rc} its cancel.
 */
sealed interface AdminCallback extends CallbackData {

    String PREFIX = "adm";

    record UnitPage(long periodId, int page, boolean inPlace) implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "u:(\\d{1,18}):(\\d{1,4}):([01])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "u", periodId, page, inPlace ? 1 : 0);
        }
    }

    record People(int page, boolean inPlace) implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "p:(\\d{1,4}):([01])");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "p", page, inPlace ? 1 : 0);
        }
    }

    record Resend(long upToId) implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "rs:(\\d{1,18})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "rs", upToId);
        }
    }

    record RemindAsk() implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "ra");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "ra");
        }
    }

    record RemindGo(long epochDay) implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "rg:(\\d{1,9})");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "rg", epochDay);
        }
    }

    record RemindCancel() implements AdminCallback {
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "rc");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, "rc");
        }
    }

    static Optional<AdminCallback> parse(String data) {
        return Callbacks.match(UnitPage.DATA, data)
                .<AdminCallback>map(m -> new UnitPage(Callbacks.id(m, 1), Integer.parseInt(m.group(2)),
                        m.group(3).equals("1")))
                .or(() -> Callbacks.match(People.DATA, data)
                        .map(m -> new People(Integer.parseInt(m.group(1)), m.group(2).equals("1"))))
                .or(() -> Callbacks.match(Resend.DATA, data).map(m -> new Resend(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(RemindAsk.DATA, data).map(m -> new RemindAsk()))
                .or(() -> Callbacks.match(RemindCancel.DATA, data).map(m -> new RemindCancel()))
                .or(() -> Callbacks.match(RemindGo.DATA, data).map(m -> new RemindGo(Long.parseLong(m.group(1)))));
    }
}
