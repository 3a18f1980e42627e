package id.kinerja.chat;

/** One update from Telegram, in our own terms: a text message, a file (document) or a button tap. */
public sealed interface Incoming {

    long updateId();

    Sender from();

    ChatPlace chat();

    enum ChatKind { PRIVATE, GROUP, CHANNEL }

    record Sender(long userId, String firstName, String languageCode) {}

    record ChatPlace(long chatId, ChatKind kind) {
        public boolean isPrivate() {
            return kind == ChatKind.PRIVATE;
        }
    }

    record TextMessage(long updateId, Sender from, ChatPlace chat, String text) implements Incoming {}

    /**
     * A file sent as a document; {@code fileName} and {@code caption} may be null, {@code fileSize} is -1
     * when Telegram did not say.
     */
    record FileMessage(long updateId, Sender from, ChatPlace chat, String fileId, String fileName, long fileSize,
                       String caption) implements Incoming {}

    /** A tap on an inline button; {@code messageId} is 0 when the message is unknown. */
    record ButtonTap(long updateId, Sender from, ChatPlace chat, String callbackQueryId, int messageId, String data)
            implements Incoming {}
}
