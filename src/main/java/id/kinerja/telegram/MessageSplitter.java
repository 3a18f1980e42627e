package id.kinerja.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits HTML text longer than Telegram's limit into several messages, between paragraphs where
 * they fit and otherwise on line boundaries. Lengths
 * are counted on the HTML source, which is never shorter than the text Telegram counts, so every
 * part is accepted. A single overlong line is cut at a space, never inside a tag or an entity.
 */
public final class MessageSplitter {

    public static final int TEXT_LIMIT = 4096;

    private MessageSplitter() {}

    public static List<String> split(String html, int limit) {
        if (html.length() <= limit) {
            return List.of(html);
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : html.split("\n\n", -1)) {
            if (paragraph.length() > limit) {
                flush(current, parts);
                packLines(paragraph, limit, parts);
            } else {
                append(current, paragraph, "\n\n", limit, parts);
            }
        }
        flush(current, parts);
        return parts.isEmpty() ? List.of(html) : parts;
    }

    private static void packLines(String paragraph, int limit, List<String> parts) {
        StringBuilder current = new StringBuilder();
        for (String line : paragraph.split("\n", -1)) {
            for (String piece : cutLine(line, limit)) {
                append(current, piece, "\n", limit, parts);
            }
        }
        flush(current, parts);
    }

    private static void append(StringBuilder current, String piece, String separator, int limit, List<String> parts) {
        if (!current.isEmpty() && current.length() + separator.length() + piece.length() > limit) {
            flush(current, parts);
        }
        if (!current.isEmpty()) {
            current.append(separator);
        }
        current.append(piece);
    }

    /** Trims to the limit with an ellipsis, for edits, which cannot become several messages. */
    public static String trim(String html, int limit) {
        if (html.length() <= limit) {
            return html;
        }
        return split(html, limit - 2).get(0) + "\n…";
    }

    private static void flush(StringBuilder current, List<String> parts) {
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        current.setLength(0);
    }

    private static List<String> cutLine(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > limit) {
            int cut = safeCut(rest, limit);
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }

    private static int safeCut(String text, int limit) {
        int space = text.lastIndexOf(' ', limit);
        int cut = space > limit / 2 ? space : limit;
        int tagOpen = text.lastIndexOf('<', cut - 1);
        if (tagOpen >= 0 && text.indexOf('>', tagOpen) >= cut) {
            cut = tagOpen;
        }
        int amp = text.lastIndexOf('&', cut - 1);
        if (amp >= 0 && text.indexOf(';', amp) >= cut && cut - amp <= 10) {
            cut = amp;
        }
        return Math.max(cut, 1);
    }
}
