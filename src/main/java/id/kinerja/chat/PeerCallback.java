package id.kinerja.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Buttons of /nilai_rekan and of the peer prompt, all under {@code pr:}. None carries the rater: it is
 * whoever taps, and every tap is checked again (@@docs/SPEC.md §2.4).
 */
sealed interface PeerCallback extends CallbackData {

    String PREFIX = "pr";

    /** {@code pr:l:<period>:<page>}: the list of colleagues, one page. */
    record ListPage(long periodId, int page) implements PeerCallback {
        static final String TAG = "l";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18}):(\\d{1,4})");

        @Override
        public String encode() {
            return join(TAG, periodId, page);
        }
    }

    /** {@code pr:c:<period>:<ratee>}: the stars for one colleague. */
    record Choose(long periodId, long rateeId) implements PeerCallback {
        static final String TAG = "c";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18}):(\\d{1,18})");

        @Override
        public String encode() {
            return join(TAG, periodId, rateeId);
        }
    }

    /** {@code pr:x:<period>:<ratee>}: skip a colleague, back to the list. */
    record Skip(long periodId, long rateeId) implements PeerCallback {
        static final String TAG = "x";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18}):(\\d{1,18})");

        @Override
        public String encode() {
            return join(TAG, periodId, rateeId);
        }
    }

    /** {@code pr:s:<period>:<ratee>:<stars>}: rate a colleague 1–5. */
    record Rate(long periodId, long rateeId, int stars) implements PeerCallback {
        static final String TAG = "s";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18}):(\\d{1,18}):([1-5])");

        @Override
        public String encode() {
            return join(TAG, periodId, rateeId, stars);
        }
    }

    /** {@code pr:n:<period>}: no comment after the stars. */
    record NoComment(long periodId) implements PeerCallback {
        static final String TAG = "n";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18})");

        @Override
        public String encode() {
            return join(TAG, periodId);
        }
    }

    /** {@code pr:m:<period>}: the comments about me. */
    record CommentsAboutMe(long periodId) implements PeerCallback {
        static final String TAG = "m";
        private static final Pattern DATA = pattern(TAG, "(\\d{1,18})");

        @Override
        public String encode() {
            return join(TAG, periodId);
        }
    }

    /** {@code pr:h}: a tap on a colleague's name row in a prompt, only a hint. */
    record Hint() implements PeerCallback {
        static final String TAG = "h";

        @Override
        public String encode() {
            return join(TAG);
        }
    }

    /**
     * {@code pr:q:<period>:<skippedMask>:<id>.<id>.<id>:<line><stars>}, stars 0 = skip: a tap on a prompt.
     * The prompt keeps no state of its own: every button carries the period, the colleagues listed and
     * which lines were skipped, and the rater's own ratings are read back through their pseudonym — so
     * the rater is in no button and no row.
     */
    record PromptTap(long periodId, int skipped, List<Long> colleagues, int line, int stars) implements PeerCallback {
        static final String TAG = "q";
        private static final Pattern DATA =
                pattern(TAG, "(\\d{1,18}):([0-7]):(\\d{1,18}(?:\\.\\d{1,18}){0,2}):([0-2])([0-5])");

        public PromptTap {
            colleagues = List.copyOf(colleagues);
        }

        long ratee() {
            return colleagues.get(line);
        }

        boolean isSkip() {
            return stars == 0;
        }

        /** The skipped-lines mask after this tap. */
        int skippedAfter() {
            return isSkip() ? skipped | (1 << line) : skipped & ~(1 << line);
        }

        @Override
        public String encode() {
            String ids = colleagues.stream().map(String::valueOf).collect(Collectors.joining("."));
            return join(TAG, periodId, skipped, ids, line + "" + stars);
        }

        private static Optional<PeerCallback> from(Matcher m) {
            List<Long> ids = new ArrayList<>();
            for (String id : m.group(3).split("\\.")) {
                ids.add(Long.parseLong(id));
            }
            int line = Integer.parseInt(m.group(4));
            if (line >= ids.size() || ids.stream().distinct().count() != ids.size()) {
                return Optional.empty();
            }
            return Optional.of(new PromptTap(Long.parseLong(m.group(1)), Integer.parseInt(m.group(2)), ids, line,
                    Integer.parseInt(m.group(5))));
        }
    }

    static Optional<PeerCallback> parse(String data) {
        if (data.equals(join(Hint.TAG))) {
            return Optional.of(new Hint());
        }
        return Callbacks.match(ListPage.DATA, data)
                .<PeerCallback>map(m -> new ListPage(Callbacks.id(m, 1), Integer.parseInt(m.group(2))))
                .or(() -> Callbacks.match(Choose.DATA, data).map(m -> new Choose(Callbacks.id(m, 1), Callbacks.id(m, 2))))
                .or(() -> Callbacks.match(Skip.DATA, data).map(m -> new Skip(Callbacks.id(m, 1), Callbacks.id(m, 2))))
                .or(() -> Callbacks.match(Rate.DATA, data).map(m -> new Rate(Callbacks.id(m, 1), Callbacks.id(m, 2),
                        Integer.parseInt(m.group(3)))))
                .or(() -> Callbacks.match(NoComment.DATA, data).map(m -> new NoComment(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(CommentsAboutMe.DATA, data).map(m -> new CommentsAboutMe(Callbacks.id(m, 1))))
                .or(() -> Callbacks.match(PromptTap.DATA, data).flatMap(PromptTap::from));
    }

    private static String join(String tag, Object... parts) {
        return Callbacks.join(PREFIX, Stream.concat(Stream.of(tag), Stream.of(parts)).toArray());
    }

    private static Pattern pattern(String tag, String rest) {
        return Callbacks.pattern(PREFIX, Pattern.quote(tag) + ":" + rest);
    }
}
