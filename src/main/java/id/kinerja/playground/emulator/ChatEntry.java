package id.kinerja.playground.emulator;

import java.util.List;

/**
 * One message in a chat as a user sees it: the bot's (edits applied) or a user's. {@code text} is the plain text
 * (for a photo or document: its caption), {@code entities} its formatting; {@code fileNumber} is the number under
 * which {@link BotApiEmulator#botFile} serves the bytes the bot uploaded (0: none); {@code date} is Unix seconds;
 * {@code senderId} and {@code senderName} who sent it (the bot's id and name for the bot's), as a group shows them.
 */
public record ChatEntry(int messageId, boolean fromBot, String kind, String text, List<TextEntity> entities,
                        List<List<Button>> keyboard, boolean edited, boolean deleted, String fileName, long fileNumber,
                        long date, long senderId, String senderName) {
}
