package id.kinerja.spreadsheet;

import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with an input: the key of its text in bot-scripts ({@code problems.*}) and the
 * named arguments of that text. {@code line} is the physical line of the CSV file (1 = the header),
 * also given to the text as {@code {line}}; 0 when the problem belongs to no line (a missing file,
 * an option). Values from the file stay raw here: {@link Texts} escapes them when rendering.
 */
public record Problem(int line, String key, List<Object> args) {

    public Problem {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Problem of(int line, String key, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments must be name/value pairs for " + key);
        }
        Object[] all = args;
        if (line > 0) {
            all = new Object[args.length + 2];
            all[0] = "line";
            all[1] = line;
            System.arraycopy(args, 0, all, 2, args.length);
        }
        return new Problem(line, key, Arrays.asList(all));
    }

    /** The name/value pairs as {@link Texts#get(Language, String, Object...)} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }

    /** The text in Telegram HTML, values escaped. */
    public String html(Texts texts, Language language) {
        return texts.get(language, key, arguments());
    }
}
