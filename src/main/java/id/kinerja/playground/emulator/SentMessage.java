package id.kinerja.playground.emulator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Snapshot of a message the bot sent, reflecting later edits and deletions.
 *
 * @param text      the raw text (or caption) exactly as sent, markup included
 * @param plainText the text after entity parsing (what the user sees); assert on this
 * @param parseMode the parse_mode of the latest send/edit, or null
 * @param keyboard  inline keyboard rows (reply-keyboard buttons appear with null callbackData and url)
 * @param kind      "text", "photo" or "document"
 * @param entities  formatting entities of plainText
 */
public record SentMessage(long chatId, int messageId, String text, String plainText, String parseMode,
                          List<List<Button>> keyboard, boolean edited, boolean deleted, String kind,
                          List<TextEntity> entities) {

    public SentMessage(long chatId, int messageId, String text, String plainText, String parseMode,
                       List<List<Button>> keyboard, boolean edited, boolean deleted) {
        this(chatId, messageId, text, plainText, parseMode, keyboard, edited, deleted, "text", List.of());
    }

    public List<String> buttonLabels() {
        return keyboard.stream().flatMap(List::stream).map(Button::text).toList();
    }

    /** True if a button has exactly this label. */
    public boolean hasButton(String label) {
        return buttonLabels().contains(label);
    }

    /** The first button whose label contains {@code labelContains}; AssertionError if none. */
    public Button button(String labelContains) {
        return keyboard.stream().flatMap(List::stream).filter(b -> b.text().contains(labelContains)).findFirst()
                .orElseThrow(() -> new AssertionError("no button containing \"" + labelContains + "\" in message "
                        + messageId + " of chat " + chatId + "; buttons: " + buttonLabels()));
    }

    /** Plain texts of all entities of the given type (e.g. "bold"). */
    public List<String> entityTexts(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).map(e -> e.coveredText(plainText)).toList();
    }

    @Override
    public String toString() {
        String buttons = keyboard.isEmpty() ? "" : " " + keyboard.stream()
                .map(r -> r.stream().map(b -> "[" + b.text() + (b.callbackData() != null ? " -> " + b.callbackData() : "")
                        + (b.url() != null ? " -> " + b.url() : "") + "]").collect(Collectors.joining(" ")))
                .collect(Collectors.joining(" / "));
        return "#" + messageId + (kind.equals("text") ? "" : " (" + kind + ")") + (edited ? " (edited)" : "")
                + (deleted ? " (deleted)" : "") + ": " + plainText + buttons;
    }
}
