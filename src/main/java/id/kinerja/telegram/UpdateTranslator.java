package id.kinerja.telegram;

import id.kinerja.chat.Incoming;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Turns a Telegram update into our own {@link Incoming}; updates the bot does not act on give empty. */
final class UpdateTranslator {

    private UpdateTranslator() {}

    static Optional<Incoming> translate(Update update) {
        long updateId = update.getUpdateId();
        if (update.hasMessage() && update.getMessage().getFrom() != null) {
            Message message = update.getMessage();
            if (message.hasDocument()) {
                Document document = message.getDocument();
                return Optional.of(new Incoming.FileMessage(updateId, sender(message.getFrom()),
                        place(message.getChat()), document.getFileId(), document.getFileName(),
                        document.getFileSize() == null ? -1 : document.getFileSize(), message.getCaption()));
            }
            String text = message.hasText() ? message.getText() : "";
            return Optional.of(new Incoming.TextMessage(updateId, sender(message.getFrom()), place(message.getChat()),
                    text));
        }
        if (update.hasChannelPost() && update.getChannelPost().hasText()) {
            Message post = update.getChannelPost();
            Chat channel = post.getChat();
            return Optional.of(new Incoming.TextMessage(updateId,
                    new Incoming.Sender(channel.getId(), channel.getTitle(), null), place(channel), post.getText()));
        }
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            MaybeInaccessibleMessage message = query.getMessage();
            Incoming.ChatPlace place = message == null
                    ? new Incoming.ChatPlace(query.getFrom().getId(), Incoming.ChatKind.PRIVATE)
                    : place(message.getChat());
            int messageId = message == null ? 0 : message.getMessageId();
            return Optional.of(new Incoming.ButtonTap(updateId, sender(query.getFrom()), place, query.getId(),
                    messageId, query.getData() == null ? "" : query.getData()));
        }
        return Optional.empty();
    }

    private static Incoming.Sender sender(User user) {
        return new Incoming.Sender(user.getId(), user.getFirstName(), user.getLanguageCode());
    }

    private static Incoming.ChatPlace place(Chat chat) {
        Incoming.ChatKind kind = switch (chat.getType()) {
            case "private" -> Incoming.ChatKind.PRIVATE;
            case "channel" -> Incoming.ChatKind.CHANNEL;
            default -> Incoming.ChatKind.GROUP;
        };
        return new Incoming.ChatPlace(chat.getId(), kind);
    }
}
