package id.kinerja.telegram;

import id.kinerja.chat.Reply;
import id.kinerja.chat.ReplySender;
import java.io.ByteArrayInputStream;
import id.kinerja.outbox.OutboundChannel;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.outbox.SendResult;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends replies to a user's own actions right after the update commits. Long texts become several
 * messages (the keyboard goes on the last); a failed send never breaks the pipeline.
 */
@Component
class TelegramReplySender implements ReplySender {

    private static final Logger log = LoggerFactory.getLogger(TelegramReplySender.class);

    private static final int ATTEMPTS = 3;
    private static final Duration BACKOFF = Duration.ofMillis(300);
    private static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final TelegramClient client;
    private final OutboundChannel channel;
    private final Outbox outbox;

    TelegramReplySender(TelegramClient client, OutboundChannel channel, Outbox outbox) {
        this.client = client;
        this.channel = channel;
        this.outbox = outbox;
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
        } else if (reply instanceof Reply.SendPhoto photo) {
            client.execute(SendPhoto.builder()
                    .chatId(photo.chatId())
                    .photo(new InputFile(new ByteArrayInputStream(photo.content()), photo.fileName()))
                    .caption(photo.captionHtml())
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

    /**
     * The user is waiting: a transient failure (5xx, timeout, a short 429) is retried right here a few
     * times; if Telegram still does not take it, the reply goes to the outbox, which keeps trying by its
     * rules, so it is never lost.
     */
    private void sendText(Reply.SendText send) {
        int[] partsSent = {0}; // of a long text: a retry goes on after the parts already accepted
        SendResult result = channel.send(send.chatId(), send.html(), send.keyboard(), 0, n -> partsSent[0] = n);
        for (int attempt = 1; attempt < ATTEMPTS && retryable(result); attempt++) {
            sleep(result instanceof SendResult.RetryAfter wait ? wait.delay() : BACKOFF.multipliedBy(1L << (attempt - 1)));
            result = channel.send(send.chatId(), send.html(), send.keyboard(), partsSent[0], n -> partsSent[0] = n);
        }
        if (retryable(result) && send.queuedHtml() == null) {
            log.warn("Reply to chat {} not accepted ({}); it may not be kept, so it is dropped", send.chatId(), result);
        } else if (retryable(result) && !send.queuedHtml().equals(send.html())) {
            log.warn("Reply to chat {} not accepted ({}); handing its generic text to the outbox", send.chatId(), result);
            outbox.enqueue(new OutgoingMessage("REPLY", "reply:" + UUID.randomUUID(), send.chatId(), null,
                    send.queuedHtml(), null, null));
        } else if (retryable(result)) {
            log.warn("Reply to chat {} not accepted ({}); handing it to the outbox", send.chatId(), result);
            List<String> parts = MessageSplitter.split(send.html(), MessageSplitter.TEXT_LIMIT);
            String rest = String.join("\n", parts.subList(Math.min(partsSent[0], parts.size() - 1), parts.size()));
            outbox.enqueue(new OutgoingMessage("REPLY", "reply:" + UUID.randomUUID(), send.chatId(), null,
                    rest, send.keyboard(), null));
        } else if (!(result instanceof SendResult.Sent)) {
            log.warn("Reply to chat {} refused: {}", send.chatId(), result);
        }
    }

    private static boolean retryable(SendResult result) {
        return result instanceof SendResult.Transient
                || result instanceof SendResult.RetryAfter wait && wait.delay().compareTo(MAX_WAIT) <= 0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void editText(Reply.EditText edit) throws TelegramApiException {
        if (edit.messageId() <= 0) {
            sendText(new Reply.SendText(edit.chatId(), edit.html(), edit.keyboard(), edit.queuedHtml()));
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
