package id.kinerja.playground.emulator;

/** A callback query the emulator sent, and whether the bot answered it. Guarded by the {@link EmulatorState} monitor. */
final class QueryState {
    final String id;
    final long updateId;
    final long createdNanos;
    /** the chat of the message whose button was tapped */
    final long chatId;
    boolean answered;

    QueryState(String id, long updateId, long createdNanos, long chatId) {
        this.id = id;
        this.updateId = updateId;
        this.createdNanos = createdNanos;
        this.chatId = chatId;
    }
}
