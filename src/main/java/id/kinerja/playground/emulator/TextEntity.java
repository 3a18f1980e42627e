package id.kinerja.playground.emulator;

/** A message entity (Bot API MessageEntity subset): offsets and lengths in UTF-16 code units. */
public record TextEntity(String type, int offset, int length, String url, String language) {

    /** The part of {@code plainText} this entity covers. */
    public String coveredText(String plainText) {
        return plainText.substring(offset, Math.min(plainText.length(), offset + length));
    }
}
