package id.kinerja.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits HTML text longer than Telegram's limit into several messages: at the last paragraph break that fits,
 * otherwise at the last line break, otherwise at a space in the second half, otherwise between two characters.
 * A cut is never inside a tag, an entity or a surrogate pair; the elements open at a cut are closed at the end of
 * the part and opened again at the start of the next, so every part is valid Telegram HTML. Lengths are counted
 * on the HTML source (with those added tags), which is never shorter than the text Telegram counts, so every part
 * is accepted.
 */
final class MessageSplitter {

    public static final int TEXT_LIMIT = 4096;

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{1,10});");
    private static final Pattern TAG_NAME = Pattern.compile("</?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    private MessageSplitter() {}

    /** An element open at some point: its opening tag as written, and its name for the closing tag. */
    private record Open(String tag, String name) {
        String close() {
            return "</" + name + ">";
        }
    }

    /** A cut that fits: where it is, how much separator to skip after it, and the elements open there. */
    private record Cut(int at, int skip, List<Open> open) {}

    public static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> parts = new ArrayList<>();
        List<Open> open = List.of();
        int start = 0;
        while (start < html.length()) {
            String reopen = opening(open);
            if (reopen.length() + html.length() - start <= limit) {
                add(parts, reopen + html.substring(start));
                break;
            }
            Cut cut = bestCut(html, start, open, limit - reopen.length());
            add(parts, reopen + html.substring(start, cut.at()) + closing(cut.open()));
            open = cut.open();
            start = cut.at() + cut.skip();
        }
        return parts.isEmpty() ? List.of(html) : parts;
    }

    /** Trims to the limit with an ellipsis, for edits, which cannot become several messages. */
    public static String trim(String html, int limit) {
        if (html.length() <= limit) {
            return html;
        }
        return split(html, limit - 2).get(0) + "\n…";
    }

    /**
     * Walks the HTML from {@code start} token by token (a tag, an entity or one code point) while the part, with the
     * closing tags it would need, stays within {@code budget}; remembers the last paragraph break, line break, space
     * and token boundary seen.
     */
    private static Cut bestCut(String html, int start, List<Open> openAtStart, int budget) {
        List<Open> open = new ArrayList<>(openAtStart);
        int closeLength = closing(open).length();
        Cut paragraph = null;
        Cut line = null;
        Cut space = null;
        Cut any = null;
        int i = start;
        while (i < html.length()) {
            int end = tokenEnd(html, i);
            if (i > start && i - start + closeLength <= budget) {
                List<Open> snapshot = List.copyOf(open);
                if (html.startsWith("\n\n", i)) {
                    paragraph = new Cut(i, 2, snapshot);
                } else if (html.charAt(i) == '\n') {
                    line = new Cut(i, 1, snapshot);
                } else if (html.charAt(i) == ' ') {
                    space = new Cut(i, 1, snapshot);
                }
                any = new Cut(i, 0, snapshot);
            } else if (i > start && i - start > budget) {
                break;
            }
            if (html.charAt(i) == '<' && end > i + 1) {
                closeLength += track(html.substring(i, end), open);
            }
            i = end;
        }
        if (paragraph != null) {
            return paragraph;
        }
        if (line != null) {
            return line;
        }
        if (space != null && space.at() - start > budget / 2) {
            return space;
        }
        if (any != null) {
            return any;
        }
        // a single token longer than the whole budget (e.g. a huge link target): it cannot be cut
        int end = tokenEnd(html, start);
        List<Open> after = new ArrayList<>(openAtStart);
        if (html.charAt(start) == '<') {
            track(html.substring(start, end), after);
        }
        return new Cut(end, 0, List.copyOf(after));
    }

    /** The end of the token at {@code i}: a whole tag, a whole entity, or one code point. */
    private static int tokenEnd(String html, int i) {
        char c = html.charAt(i);
        if (c == '<') {
            int close = html.indexOf('>', i);
            if (close > 0) {
                return close + 1;
            }
        } else if (c == '&') {
            Matcher entity = ENTITY.matcher(html).region(i, Math.min(html.length(), i + 12));
            if (entity.lookingAt()) {
                return entity.end();
            }
        }
        return i + Character.charCount(html.codePointAt(i));
    }

    /** Applies a tag to the open elements; returns how much the closing tags then needed grew (or shrank). */
    private static int track(String tag, List<Open> open) {
        Matcher name = TAG_NAME.matcher(tag);
        if (!name.lookingAt()) {
            return 0;
        }
        String element = name.group(1).toLowerCase(java.util.Locale.ROOT);
        int before = closing(open).length();
        if (tag.startsWith("</")) {
            for (int k = open.size() - 1; k >= 0; k--) {
                if (open.get(k).name().equals(element)) {
                    open.subList(k, open.size()).clear();
                    break;
                }
            }
        } else if (!tag.endsWith("/>")) {
            open.add(new Open(tag, element));
        }
        return closing(open).length() - before;
    }

    private static String opening(List<Open> open) {
        StringBuilder tags = new StringBuilder();
        open.forEach(element -> tags.append(element.tag()));
        return tags.toString();
    }

    private static String closing(List<Open> open) {
        StringBuilder tags = new StringBuilder();
        for (int k = open.size() - 1; k >= 0; k--) {
            tags.append(open.get(k).close());
        }
        return tags.toString();
    }

    /** A part without any text (only tags or white space) is left out: Telegram refuses empty messages. */
    private static void add(List<String> parts, String part) {
        if (!part.replaceAll("<[^>]*>", "").isBlank()) {
            parts.add(part);
        }
    }
}
