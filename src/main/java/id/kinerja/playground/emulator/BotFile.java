package id.kinerja.playground.emulator;

/** A file the bot uploaded: the kind of its message ("photo" or "document"), its name as sent, its bytes. */
public record BotFile(String kind, String fileName, byte[] content) {
}
