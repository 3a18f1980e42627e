package id.kinerja.playground.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Port of Telegram's HTML entity parser (tdlib {@code parse_html}) used by the Bot API for
 * {@code parse_mode=HTML}. Offsets in error messages are UTF-8 byte offsets, entity offsets are
 * UTF-16 code units, as in Telegram.
 *
 * <p>One deliberate difference: Telegram keeps a {@code &} that does not start a known entity as a
 * literal character; in strict mode (the default of the emulator) it is rejected, because it almost
 * always means the bot forgot to escape user-supplied text.
 */
public final class TelegramHtml {

    /** Parsed text: plain text plus Bot API style entities. */
    public record Parsed(String text, List<TextEntity> entities) {
    }

    /** Thrown with the detail Telegram puts after {@code can't parse entities: }. */
    public static final class ParseException extends Exception {
        ParseException(String detail) {
            super(detail);
        }
    }

    private static final Set<String> TAGS = Set.of("a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins",
            "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote");

    private TelegramHtml() {
    }

    private static final class Open {
        final String tag;
        String argument;
        final int utf16Offset;
        final int byteOffset;

        Open(String tag, String argument, int utf16Offset, int byteOffset) {
            this.tag = tag;
            this.argument = argument;
            this.utf16Offset = utf16Offset;
            this.byteOffset = byteOffset;
        }
    }

    public static Parsed parse(String html, boolean strictAmpersand) throws ParseException {
        byte[] t = html.getBytes(StandardCharsets.UTF_8);
        int n = t.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        List<Open> open = new ArrayList<>();
        List<TextEntity> entities = new ArrayList<>();
        int utf16 = 0;
        int i = 0;
        while (i < n) {
            int c = t[i] & 0xFF;
            if (c == '&') {
                int[] pos = {i};
                int ch = decodeEntity(t, pos);
                if (ch != 0) {
                    i = pos[0];
                    utf16 += ch > 0xFFFF ? 2 : 1;
                    appendUtf8(out, ch);
                    continue;
                }
                if (strictAmpersand) {
                    throw new ParseException("Character '&' at byte offset " + i
                            + " does not start an HTML entity; escape it as &amp; (Telegram would keep it as text,"
                            + " the emulator is stricter)");
                }
            }
            if (c != '<') {
                out.write(c);
                if ((c & 0xC0) != 0x80) {
                    utf16 += c >= 0xF0 ? 2 : 1;
                }
                i++;
                continue;
            }
            int begin = i++;
            if (at(t, i) != '/') {
                while (!isSpace(at(t, i)) && at(t, i) != '>') {
                    i++;
                }
                if (at(t, i) == 0) {
                    throw new ParseException("Unclosed start tag at byte offset " + begin);
                }
                String tag = new String(t, begin + 1, i - begin - 1, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                if (!TAGS.contains(tag)) {
                    throw new ParseException("Unsupported start tag \"" + tag + "\" at byte offset " + begin);
                }
                String argument = "";
                while (at(t, i) != '>') {
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) == 0) {
                        throw new ParseException("Unclosed start tag at byte offset " + begin);
                    }
                    if (at(t, i) == '>') {
                        break;
                    }
                    int attrBegin = i;
                    while (!isSpace(at(t, i)) && at(t, i) != '=' && at(t, i) != '>') {
                        i++;
                    }
                    String attr = new String(t, attrBegin, i - attrBegin, StandardCharsets.UTF_8);
                    if (attr.isEmpty()) {
                        throw new ParseException("Empty attribute name in the tag \"" + tag + "\" at byte offset " + begin);
                    }
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) != '=') {
                        if (at(t, i) == 0) {
                            throw new ParseException("Unclosed start tag \"" + tag + "\" at byte offset " + begin);
                        }
                        // attribute without a value
                        if (tag.equals("blockquote") && attr.equals("expandable")) {
                            argument = "1";
                        }
                        continue;
                    }
                    i++;
                    while (at(t, i) != 0 && isSpace(at(t, i))) {
                        i++;
                    }
                    if (at(t, i) == 0) {
                        throw new ParseException("Unclosed start tag \"" + tag + "\" at byte offset " + begin);
                    }
                    String value;
                    if (at(t, i) != '\'' && at(t, i) != '"') {
                        int tokenBegin = i;
                        while (isAlnum(at(t, i)) || at(t, i) == '.' || at(t, i) == '-') {
                            i++;
                        }
                        value = new String(t, tokenBegin, i - tokenBegin, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                        if (!isSpace(at(t, i)) && at(t, i) != '>') {
                            throw new ParseException("Unexpected end of name token at byte offset " + tokenBegin);
                        }
                    } else {
                        int end = at(t, i++);
                        ByteArrayOutputStream v = new ByteArrayOutputStream();
                        while (at(t, i) != end && at(t, i) != 0) {
                            if (at(t, i) == '&') {
                                int[] pos = {i};
                                int ch = decodeEntity(t, pos);
                                if (ch != 0) {
                                    i = pos[0];
                                    appendUtf8(v, ch);
                                    continue;
                                }
                            }
                            v.write(t[i++]);
                        }
                        if (at(t, i) == end) {
                            i++;
                        }
                        value = v.toString(StandardCharsets.UTF_8);
                    }
                    if (at(t, i) == 0) {
                        throw new ParseException("Unclosed start tag at byte offset " + begin);
                    }
                    if (tag.equals("a") && attr.equals("href")) {
                        argument = value;
                    } else if (tag.equals("code") && attr.equals("class") && value.startsWith("language-")) {
                        argument = value.substring(9);
                    } else if (tag.equals("span") && attr.equals("class") && value.startsWith("tg-")) {
                        argument = value.substring(3);
                    } else if (tag.equals("tg-emoji") && attr.equals("emoji-id")) {
                        argument = value;
                    } else if (tag.equals("blockquote") && attr.equals("expandable")) {
                        argument = "1";
                    }
                }
                if (tag.equals("span") && !argument.equals("spoiler")) {
                    throw new ParseException("Tag \"span\" must have class \"tg-spoiler\" at byte offset " + begin);
                }
                open.add(new Open(tag, argument, utf16, out.size()));
                i++; // skip '>'
            } else {
                if (open.isEmpty()) {
                    throw new ParseException("Unexpected end tag at byte offset " + begin);
                }
                while (!isSpace(at(t, i)) && at(t, i) != '>') {
                    i++;
                }
                String endTag = new String(t, begin + 2, i - begin - 2, StandardCharsets.UTF_8);
                while (isSpace(at(t, i)) && at(t, i) != 0) {
                    i++;
                }
                if (at(t, i) != '>') {
                    throw new ParseException("Unclosed end tag at byte offset " + begin);
                }
                Open top = open.get(open.size() - 1);
                if (!endTag.isEmpty() && !endTag.equals(top.tag)) {
                    throw new ParseException("Unmatched end tag at byte offset " + begin + ", expected \"</" + top.tag
                            + ">\", found \"</" + endTag + ">\"");
                }
                if (utf16 > top.utf16Offset) {
                    int offset = top.utf16Offset;
                    int length = utf16 - offset;
                    switch (top.tag) {
                        case "b", "strong" -> entities.add(new TextEntity("bold", offset, length, null, null));
                        case "i", "em" -> entities.add(new TextEntity("italic", offset, length, null, null));
                        case "u", "ins" -> entities.add(new TextEntity("underline", offset, length, null, null));
                        case "s", "strike", "del" ->
                                entities.add(new TextEntity("strikethrough", offset, length, null, null));
                        case "tg-spoiler", "span" -> entities.add(new TextEntity("spoiler", offset, length, null, null));
                        case "tg-emoji" -> {
                            if (!top.argument.isEmpty()) {
                                entities.add(new TextEntity("custom_emoji", offset, length, null, null));
                            }
                        }
                        case "a" -> {
                            String url = top.argument;
                            if (url.isEmpty()) {
                                byte[] all = out.toByteArray();
                                url = new String(all, top.byteOffset, all.length - top.byteOffset, StandardCharsets.UTF_8);
                            }
                            entities.add(new TextEntity("text_link", offset, length, url, null));
                        }
                        case "code" -> {
                            if (open.size() > 1) {
                                Open parent = open.get(open.size() - 2);
                                if (parent.tag.equals("pre") && parent.utf16Offset == offset && !top.argument.isEmpty()) {
                                    parent.argument = top.argument;
                                }
                            }
                            entities.add(new TextEntity("code", offset, length, null, null));
                        }
                        case "pre" -> {
                            TextEntity last = entities.isEmpty() ? null : entities.get(entities.size() - 1);
                            if (last != null && last.type().equals("code") && last.offset() == offset
                                    && last.length() == length) {
                                entities.remove(entities.size() - 1);
                            }
                            entities.add(new TextEntity("pre", offset, length, null,
                                    top.argument.isEmpty() ? null : top.argument));
                        }
                        case "blockquote" -> entities.add(new TextEntity(
                                top.argument.isEmpty() ? "blockquote" : "expandable_blockquote", offset, length, null, null));
                        default -> throw new IllegalStateException(top.tag);
                    }
                }
                open.remove(open.size() - 1);
                i++; // skip '>'
            }
        }
        if (!open.isEmpty()) {
            throw new ParseException("Can't find end tag corresponding to start tag \"" + open.get(open.size() - 1).tag + "\"");
        }
        entities.sort(Comparator.comparingInt(TextEntity::offset).thenComparing(Comparator.comparingInt(TextEntity::length).reversed()));
        return new Parsed(out.toString(StandardCharsets.UTF_8), List.copyOf(entities));
    }

    /** Escapes text for parse_mode HTML (what a correct bot must do with user-provided text). */
    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static int at(byte[] t, int i) {
        return i < t.length ? t[i] & 0xFF : 0;
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0B;
    }

    private static boolean isAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** tdlib decode_html_entity: returns the code point (pos advanced) or 0 (pos unchanged). */
    private static int decodeEntity(byte[] t, int[] posRef) {
        int pos = posRef[0];
        if (at(t, pos) != '&') {
            return 0;
        }
        int end = pos + 1;
        long res = 0;
        if (at(t, pos + 1) == '#') {
            end++;
            if (at(t, pos + 2) == 'x') {
                end++;
                while (Character.digit(at(t, end), 16) >= 0 && at(t, end) < 128) {
                    res = res * 16 + Character.digit(at(t, end++), 16);
                    if (res >= 0x10FFFF) {
                        return 0;
                    }
                }
            } else {
                while (at(t, end) >= '0' && at(t, end) <= '9') {
                    res = res * 10 + at(t, end++) - '0';
                    if (res >= 0x10FFFF) {
                        return 0;
                    }
                }
            }
            if (res == 0 || res >= 0x10FFFF || end - pos >= 10) {
                return 0;
            }
        } else {
            while ((at(t, end) >= 'a' && at(t, end) <= 'z') || (at(t, end) >= 'A' && at(t, end) <= 'Z')) {
                end++;
            }
            String name = new String(t, pos + 1, end - pos - 1, StandardCharsets.US_ASCII);
            switch (name) {
                case "lt" -> res = '<';
                case "gt" -> res = '>';
                case "amp" -> res = '&';
                case "quot" -> res = '"';
                default -> {
                    return 0;
                }
            }
        }
        posRef[0] = at(t, end) == ';' ? end + 1 : end;
        return (int) res;
    }

    private static void appendUtf8(ByteArrayOutputStream out, int cp) {
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
    }
}
