package id.kinerja.chat;

/** Fetches a file a user sent to the bot (implemented at the edge with getFile and the file URL). */
public interface FileDownloads {

    /**
     * The file's bytes.
     *
     * @throws TooLarge     when it has more than {@code maxBytes} bytes (nothing beyond the limit is read)
     * @throws Failed       when Telegram or the network did not deliver it
     */
    byte[] download(String fileId, int maxBytes);

    final class TooLarge extends RuntimeException {
        public TooLarge(String message) {
            super(message);
        }
    }

    final class Failed extends RuntimeException {
        public Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
