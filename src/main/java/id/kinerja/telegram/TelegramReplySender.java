package id.kinerja.telegram;

import id.kinerja.chat.Reply;
import id.kinerja.chat.ReplySender;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends replies to a user's own actions right after the update commits. Long texts become several
 * messages (the keyboard goes on the last); a failed send is logged and never breaks the pipeline.
 */
@Component
class TelegramReplySender implements ReplySender {

    private static final Logger log = LoggerFactory.getLogger(TelegramReplySender.class);

    private final TelegramClient client;

    TelegramReplySender(TelegramClient client) {
        this.client = client;
    }

    @Override
    public void send(List<Reply> replies) {
        for (Reply reply : replies) {
            try {
                execute(reply);
            } catch (TelegramApiException e) {
                log.warn("Telegram refused {}: {}", reply.getClass().getSimpleName(), describe(e));
            }
        }
    }

    private void execute(Reply reply) throws TelegramApiException {
        if (reply instanceof Reply.SendText send) {
            sendText(send);
        } else if (reply instanceof Reply.EditText edit) {
            editText(edit);
        } else if (reply instanceof Reply.SendDocument document) {
            client.execute(SendDocument.builder()
                    .chatId(document.chatId())
                    .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                    .caption(document.captionHtml())
                    .parseMode(ParseMode.HTML)
                    .build());
        } else if (reply instanceof Reply.EditKeyboard edit) {
            editKeyboard(edit);
        } else if (reply instanceof Reply.AnswerButton answer) {
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(answer.callbackQueryId())
                    .text(answer.text())
                    .showAlert(answer.alert() ? Boolean.TRUE : null)
                    .build());
        }
    }

    private void sendText(Reply.SendText send) throws TelegramApiException {
        List<String> parts = MessageSplitter.split(send.html(), MessageSplitter.TEXT_LIMIT);
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            client.execute(SendMessage.builder()
                    .chatId(send.chatId())
                    .text(parts.get(i))
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(last ? KeyboardMarkup.of(send.keyboard()) : null)
                    .build());
        }
    }

    private void editText(Reply.EditText edit) throws TelegramApiException {
        if (edit.messageId() <= 0) {
            sendText(new Reply.SendText(edit.chatId(), edit.html(), edit.keyboard()));
            return;
        }
        try {
            client.execute(EditMessageText.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .text(MessageSplitter.trim(edit.html(), MessageSplitter.TEXT_LIMIT))
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(KeyboardMarkup.of(edit.keyboard()))
                    .build());
        } catch (TelegramApiRequestException e) {
            if (!String.valueOf(e.getApiResponse()).contains("message is not modified")) {
                throw e;
            }
        }
    }

    private void editKeyboard(Reply.EditKeyboard edit) throws TelegramApiException {
        try {
            client.execute(EditMessageReplyMarkup.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .replyMarkup(KeyboardMarkup.of(edit.keyboard()))
                    .build());
        } catch (TelegramApiRequestException e) {
            if (!String.valueOf(e.getApiResponse()).contains("message is not modified")) {
                throw e;
            }
        }
    }

    static String describe(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request) {
            return request.getErrorCode() + " " + request.getApiResponse();
        }
        return e.getMessage();
    }
}
