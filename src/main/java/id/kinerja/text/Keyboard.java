package id.kinerja.text;

import java.util.ArrayList;
import java.util.List;

/**
 * An inline keyboard: rows of buttons, each carrying callback data or a URL. Callback data comes from the
 * conversation's codecs, which check Telegram's limit on it (id.kinerja.chat.Callbacks).
 */
public record Keyboard(List<List<Button>> rows) {

    public static final Keyboard NONE = new Keyboard(List.of());

    public Keyboard {
        rows = rows.stream().filter(row -> !row.isEmpty()).map(List::copyOf).toList();
    }

    public record Button(String label, String data, String url) {

        public static Button tap(String label, String data) {
            return new Button(label, data, null);
        }

        public static Button link(String label, String url) {
            return new Button(label, null, url);
        }
    }

    public static Keyboard of(Button... oneRow) {
        return new Keyboard(List.of(List.of(oneRow)));
    }

    public static Keyboard column(List<Button> buttons) {
        List<List<Button>> rows = new ArrayList<>();
        buttons.forEach(button -> rows.add(List.of(button)));
        return new Keyboard(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
