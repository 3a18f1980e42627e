package id.kinerja.text;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Characters a stored text may not hold: control characters (NUL, C0, DEL, C1), which PostgreSQL
 * refuses or readers cannot see, and lone surrogates, which are no character at all. A single-line
 * value (a name, a unit) holds no line break or tab either; a multi-line text (feedback) may hold
 * {@code \n} and {@code \t}.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** The first code point a single-line value may not hold. */
    public static OptionalInt inLine(String text) {
        return first(text, false);
    }

    /** The first code point a multi-line text may not hold; {@code \n} and {@code \t} are fine. */
    public static OptionalInt inText(String text) {
        return first(text, true);
    }

    /** How a refused code point is named to people: {@code U+0000}. */
    public static String name(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static OptionalInt first(String text, boolean multiLine) {
        if (text == null) {
            return OptionalInt.empty();
        }
        return text.codePoints().filter(c -> refused(c, multiLine)).findFirst();
    }

    private static boolean refused(int c, boolean multiLine) {
        if (multiLine && (c == '\n' || c == '\t')) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.SURROGATE
                || !multiLine && (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR);
    }
}
