package id.kinerja.telegram;

import id.kinerja.text.Keyboard;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Our {@link Keyboard} as the library's inline keyboard markup. */
final class KeyboardMarkup {

    private KeyboardMarkup() {}

    static InlineKeyboardMarkup of(Keyboard keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> rows = keyboard.rows().stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(KeyboardMarkup::button).toList()))
                .toList();
        return new InlineKeyboardMarkup(rows);
    }

    private static InlineKeyboardButton button(Keyboard.Button button) {
        InlineKeyboardButton.InlineKeyboardButtonBuilder<?, ?> builder = InlineKeyboardButton.builder().text(button.label());
        return button.url() != null ? builder.url(button.url()).build() : builder.callbackData(button.data()).build();
    }
}
