package id.kinerja.text;

/**
 * Telegram HTML parse mode: the one place where text is escaped. Every roster- or user-supplied
 * string goes through {@link #escape(String)}; markup written by us is wrapped in {@link Html}.
 */
public record Html(String value) {

    public static Html raw(String markup) {
        return new Html(markup);
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text a reader sees, for places without parse mode (button alerts): tags dropped, entities read. */
    public static String plain(String html) {
        if (html == null) {
            return null;
        }
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    @Override
    public String toString() {
        return value;
    }
}
