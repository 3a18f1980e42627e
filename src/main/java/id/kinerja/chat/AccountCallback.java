package id.kinerja.chat;

import id.kinerja.text.Language;
import java.util.Optional;
import java.util.regex.Pattern;

/** Buttons of /bahasa and /putuskan: the language chosen, and the answer to "unlink?". */
sealed interface AccountCallback extends CallbackData {

    /** {@code lang:id|en}. */
    record ChooseLanguage(Language language) implements AccountCallback {
        static final String PREFIX = "lang";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(id|en)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, language.code());
        }
    }

    /** {@code unlink:yes|no}. */
    record Unlink(boolean yes) implements AccountCallback {
        static final String PREFIX = "unlink";
        private static final Pattern DATA = Callbacks.pattern(PREFIX, "(yes|no)");

        @Override
        public String encode() {
            return Callbacks.join(PREFIX, yes ? "yes" : "no");
        }
    }

    static Optional<AccountCallback> parse(String data) {
        return Callbacks.match(ChooseLanguage.DATA, data)
                .<AccountCallback>map(m -> new ChooseLanguage(Language.fromCode(m.group(1))))
                .or(() -> Callbacks.match(Unlink.DATA, data).map(m -> new Unlink(m.group(1).equals("yes"))));
    }
}
