package id.kinerja.chat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The registry of callback codecs and the one place Telegram's callback data limit is checked
 * (docs/ARCHITECTURE.md, "Telegram facts": callback_data ≤ 64 bytes). The wire format is
 * {@code <prefix>[:<part>]*}, the same as buttons already sent, so they keep working.
 */
final class Callbacks {

    static final int MAX_BYTES = 64;

    /** One parser per flow; no two accept the same data. */
    static final List<Function<String, Optional<? extends CallbackData>>> CODECS = List.of(
            ScoreCallback::parse, AccountCallback::parse, LinkSwitchCallback::parse, EvaluationCallback::parse,
            SnoozeCallback::parse, PeerCallback::parse, RecapExportCallback::parse, SurveyCallback::parse,
            IkmCallback::parse, CoachingCallback::parse, DevelopmentCallback::parse, RecognitionCallback::parse,
            ObjectionCallback::parse, CorrectionCallback::parse, AnnouncementCallback::parse, AdminCallback::parse);

    private Callbacks() {}

    /** The codec's reading of a tap's data; empty when no codec accepts it. */
    static Optional<CallbackData> parse(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        return CODECS.stream().map(codec -> codec.apply(data)).flatMap(Optional::stream)
                .<CallbackData>map(parsed -> parsed).findFirst();
    }

    /** {@code prefix:part:part…}, refused when over the limit. */
    static String join(String prefix, Object... parts) {
        return checked(Stream.concat(Stream.of(prefix), Stream.of(parts).map(String::valueOf))
                .collect(Collectors.joining(":")));
    }

    /** The data itself, or an exception when Telegram would refuse it. */
    static String checked(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data over " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }

    /** A pattern for {@code prefix:rest}, {@code rest} a regular expression (null for the bare prefix). */
    static Pattern pattern(String prefix, String rest) {
        return Pattern.compile(Pattern.quote(prefix) + (rest == null ? "" : ":" + rest));
    }

    /** The match of the whole data, if any. */
    static Optional<Matcher> match(Pattern pattern, String data) {
        Matcher matcher = pattern.matcher(data);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }

    /** A long from a group matched by {@code \d{1,18}}. */
    static long id(Matcher matcher, int group) {
        return Long.parseLong(matcher.group(group));
    }
}
