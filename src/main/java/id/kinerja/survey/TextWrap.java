package id.kinerja.survey;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines no wider than a width: between words, and inside a word only when the word alone is
 * wider than the line (a long link), preferably after a
 * separator such as '/' or '_'. Nothing is ever left out.
 */
final class TextWrap {

    private static final String BREAK_AFTER = "/?=&_-";

    private TextWrap() {}

    static List<String> lines(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (metrics.stringWidth(rest) > width) {
                int cut = longestFit(rest, metrics, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The number of leading characters of {@code word} that fit, at least one (a line must move on). */
    private static int longestFit(String word, FontMetrics metrics, int width) {
        int cut = 1;
        while (cut < word.length() && metrics.stringWidth(word.substring(0, cut + 1)) <= width) {
            cut++;
        }
        for (int at = cut; at > cut / 2 && cut < word.length(); at--) {
            if (BREAK_AFTER.indexOf(word.charAt(at - 1)) >= 0) {
                return at; // a link breaks after a separator rather than inside a name
            }
        }
        if (cut < word.length() && Character.isHighSurrogate(word.charAt(cut - 1))) {
            cut = cut > 1 ? cut - 1 : cut + 1; // never split a character outside the basic plane
        }
        return cut;
    }
}
