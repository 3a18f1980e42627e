package id.kinerja;

import java.util.ArrayList;
import java.util.List;

/** Java source as words, symbols and string values (literals and text blocks); comments are dropped. */
final class JavaTokens {

    enum Kind { WORD, SYMBOL, STRING }

    record Token(Kind kind, String text) {

        boolean is(String text) {
            return kind != Kind.STRING && this.text.equals(text);
        }

        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isSymbol() {
            return kind == Kind.SYMBOL;
        }

        boolean isString() {
            return kind == Kind.STRING;
        }
    }

    private JavaTokens() {}

    static List<Token> of(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = closing(source, start, "\"\"\"");
                tokens.add(new Token(Kind.STRING, source.substring(start, end).replace("\\\n", "")));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int end = closing(source, i + 1, String.valueOf(c));
                if (c == '"') {
                    tokens.add(new Token(Kind.STRING, source.substring(i + 1, end)));
                }
                i = end + 1;
            } else if (Character.isJavaIdentifierPart(c)) {
                int end = i;
                while (end < n && Character.isJavaIdentifierPart(source.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, source.substring(i, end)));
                i = end;
            } else {
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /** Where the unescaped {@code quote} closing a literal that starts at {@code from} is. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }
}
