package id.kinerja.playground.emulator;

/** A file the bot uploaded (a document or photo): its file name as sent and its bytes. */
public record SentFile(String fileName, byte[] content) {}
