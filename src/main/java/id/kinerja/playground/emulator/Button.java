package id.kinerja.playground.emulator;

/** A keyboard button as the bot sent it (callbackData/url are null when absent; reply-keyboard buttons have both null). */
public record Button(String text, String callbackData, String url) {
}
