package id.kinerja.playground.emulator;

/** One answerCallbackQuery call. {@code updateId} is the update that carried the callback query. */
public record CallbackAnswer(String queryId, long updateId, String text, boolean showAlert, String url) {
}
