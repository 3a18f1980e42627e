package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** A message the bot sent, as it is now (edits applied). Guarded by the {@link EmulatorState} monitor. */
final class MessageState {
    final int id;
    final String kind;
    final long date;
    final long sentNanos = System.nanoTime();
    long editDate;
    String text;
    String plainText;
    String parseMode;
    List<TextEntity> entities;
    JsonNode markup;
    List<List<Button>> keyboard;
    String fileName;
    /** the uploaded file's bytes, or null (sent by file_id or URL) */
    byte[] fileBytes;
    /** the number {@link BotApiEmulator#botFile} serves the uploaded bytes under; 0 without bytes */
    long fileNumber;
    boolean edited;
    boolean deleted;

    MessageState(int id, String kind, long date) {
        this.id = id;
        this.kind = kind;
        this.date = date;
    }

    void apply(String raw, MessageContent.Formatted f, String parseMode, MessageContent.Markup m) {
        this.text = raw;
        this.plainText = f.plain();
        this.entities = f.entities();
        this.parseMode = parseMode;
        this.markup = m.json();
        this.keyboard = m.keyboard();
    }

    SentMessage snapshot(long chatId) {
        return new SentMessage(chatId, id, text, plainText, parseMode, keyboard, edited, deleted, kind, entities);
    }
}
