package id.kinerja.chat;

import id.kinerja.text.Keyboard;

/** What the bot does in answer to an update; executed by the transport after the update commits. */
public sealed interface Reply {

    record SendText(long chatId, String html, Keyboard keyboard) implements Reply {}

    record EditText(long chatId, int messageId, String html, Keyboard keyboard) implements Reply {}

    /** Replaces only the buttons of a message (an empty keyboard removes them). */
    record EditKeyboard(long chatId, int messageId, Keyboard keyboard) implements Reply {}

    /** A file, e.g. HR's recap as XLSX. */
    record SendDocument(long chatId, String fileName, byte[] content, String captionHtml) implements Reply {}

    /** An image, e.g. the /skor trend chart as PNG. */
    record SendPhoto(long chatId, String fileName, byte[] content, String captionHtml) implements Reply {}

    /** Every button tap gets exactly one of these. */
    record AnswerButton(String callbackQueryId, String text, boolean alert) implements Reply {}
}
