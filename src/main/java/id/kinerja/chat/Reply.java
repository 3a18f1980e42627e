package id.kinerja.chat;

import id.kinerja.text.Keyboard;
import java.util.function.IntConsumer;

/** What the bot does in answer to an update; executed by the transport after the update commits. */
public sealed interface Reply {

    /**
     * A message. {@code queuedHtml} is what the outbox may keep when Telegram does not take the
     * message right away: the text itself (the default), a generic text for a reply that must not be
     * kept (e.g. about an anonymous rating), or {@code null} to drop it. {@code onSent}, when given, learns
     * the id of the message that carries the keyboard once Telegram took it right away (after the update
     * committed, outside its transaction), e.g. so that a flow can take the buttons off its card later.
     */
    record SendText(long chatId, String html, Keyboard keyboard, String queuedHtml, IntConsumer onSent)
            implements Reply {
        public SendText(long chatId, String html, Keyboard keyboard) {
            this(chatId, html, keyboard, html);
        }

        public SendText(long chatId, String html, Keyboard keyboard, String queuedHtml) {
            this(chatId, html, keyboard, queuedHtml, null);
        }
    }

    /** An edit in place; {@code queuedHtml} as for {@link SendText}, used when the edit falls back to a new message. */
    record EditText(long chatId, int messageId, String html, Keyboard keyboard, String queuedHtml) implements Reply {
        public EditText(long chatId, int messageId, String html, Keyboard keyboard) {
            this(chatId, messageId, html, keyboard, html);
        }
    }

    /** Replaces only the buttons of a message (an empty keyboard removes them). */
    record EditKeyboard(long chatId, int messageId, Keyboard keyboard) implements Reply {}

    /**
     * A file, e.g. HR's recap as XLSX. Files cannot wait in the outbox: when Telegram does not take it,
     * {@code undeliveredHtml} (if not null) tells the person so. {@code onDelivered} runs once Telegram has
     * taken the file, or answered in a way that means it probably did (never when it surely did not).
     */
    record SendDocument(long chatId, String fileName, byte[] content, String captionHtml, String undeliveredHtml,
                        Runnable onDelivered) implements Reply {
        public SendDocument(long chatId, String fileName, byte[] content, String captionHtml) {
            this(chatId, fileName, content, captionHtml, null, () -> { });
        }
    }

    /** An image, e.g. the /skor trend chart as PNG; {@code undeliveredHtml} as for {@link SendDocument}. */
    record SendPhoto(long chatId, String fileName, byte[] content, String captionHtml, String undeliveredHtml)
            implements Reply {
        public SendPhoto(long chatId, String fileName, byte[] content, String captionHtml) {
            this(chatId, fileName, content, captionHtml, null);
        }
    }

    /** Every button tap gets exactly one of these. */
    record AnswerButton(String callbackQueryId, String text, boolean alert) implements Reply {}
}
