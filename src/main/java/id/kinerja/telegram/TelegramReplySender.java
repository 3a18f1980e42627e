package id.kinerja.telegram;

import id.kinerja.chat.Reply;
import id.kinerja.chat.ReplySender;
import java.io.ByteArrayInputStream;
import id.kinerja.outbox.OutboundChannel;
import id.kinerja.outbox.Outbox;
import id.kinerja.outbox.OutgoingMessage;
import id.kinerja.outbox.SendResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends replies to a user's own actions right after the update commits. Long texts become several
 * messages (the keyboard goes on the last); a failed send never breaks the pipeline, and a passing fault
 * never loses a reply: it is retried here, then handed to the outbox (texts) or made a new message (edits).
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
    private final Clock clock;

    TelegramReplySender(TelegramClient client, OutboundChannel channel, Outbox outbox, Clock clock) {
        this.client = client;
        this.channel = channel;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void send(List<Reply> replies) {
        for (Reply reply : replies) {
            try {
                execute(reply);
            } catch (RuntimeException e) {
                log.warn("Cannot send {}: {}", reply.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private void execute(Reply reply) {
        if (reply instanceof Reply.SendText send) {
            sendText(send);
        } else if (reply instanceof Reply.EditText edit) {
            editText(edit);
        } else if (reply instanceof Reply.SendDocument document) {
            sendDocument(document);
        } else if (reply instanceof Reply.SendPhoto photo) {
            sendPhoto(photo);
        } else if (reply instanceof Reply.EditKeyboard edit) {
            SendResult result = inPlace(() -> call(() -> client.execute(EditMessageReplyMarkup.builder()
                    .chatId(edit.chatId())
                    .messageId(edit.messageId())
                    .replyMarkup(KeyboardMarkup.of(edit.keyboard()))
                    .build()), true), true);
            if (!(result instanceof SendResult.Sent)) {
                log.warn("Buttons of message {} in chat {} not changed: {}", edit.messageId(), edit.chatId(), result);
            }
        } else if (reply instanceof Reply.AnswerButton answer) {
            // answering twice is harmless (the second is refused), so an unconfirmed answer may be repeated
            SendResult result = inPlace(() -> call(() -> client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(answer.callbackQueryId())
                    .text(answer.text())
                    .showAlert(answer.alert() ? Boolean.TRUE : null)
                    .build()), false), true);
            if (!(result instanceof SendResult.Sent)) {
                log.warn("Button tap {} not answered: {}", answer.callbackQueryId(), result);
            }
        }
    }

    /**
     * The user is waiting: a transient failure (5xx, an unreadable answer, timeout, a short 429) is retried right
     * here a few times; if Telegram still does not take it, the reply goes to the outbox (after a long 429, no
     * earlier than Telegram asked), which keeps trying by its rules, so it is never lost. A success answer that
     * cannot be read is not sent again: the message most likely arrived, and a second one would be a duplicate.
     */
    private void sendText(Reply.SendText send) {
        int[] partsSent = {0}; // of a long text: a retry goes on after the parts already accepted
        SendResult result = inPlace(() -> channel.send(send.chatId(), send.html(), send.keyboard(), partsSent[0],
                n -> partsSent[0] = n), false);
        if (result instanceof SendResult.Sent sent) {
            if (send.onSent() != null) {
                send.onSent().accept(sent.messageId());
            }
            return;
        }
        if (!(result instanceof SendResult.Transient || result instanceof SendResult.RetryAfter)) {
            log.warn("Reply to chat {} not delivered and not queued: {}", send.chatId(), result);
            return;
        }
        Instant notBefore = result instanceof SendResult.RetryAfter wait ? clock.instant().plus(wait.delay()) : null;
        if (send.queuedHtml() == null) {
            log.warn("Reply to chat {} not accepted ({}); it may not be kept, so it is dropped", send.chatId(), result);
        } else if (!send.queuedHtml().equals(send.html())) {
            log.warn("Reply to chat {} not accepted ({}); handing its generic text to the outbox", send.chatId(), result);
            outbox.enqueue(new OutgoingMessage("REPLY", "reply:" + UUID.randomUUID(), send.chatId(), null,
                    send.queuedHtml(), null, notBefore));
        } else {
            log.warn("Reply to chat {} not accepted ({}); handing it to the outbox", send.chatId(), result);
            List<String> parts = MessageSplitter.split(send.html(), MessageSplitter.TEXT_LIMIT);
            String rest = String.join("\n", parts.subList(Math.min(partsSent[0], parts.size() - 1), parts.size()));
            outbox.enqueue(new OutgoingMessage("REPLY", "reply:" + UUID.randomUUID(), send.chatId(), null,
                    rest, send.keyboard(), notBefore));
        }
    }

    /**
     * Edits are repeatable (the same edit again is "not modified"), so every passing fault, an unconfirmed
     * answer included, is retried in place. An edit that still fails, or cannot be made (message too old, gone,
     * not editable), becomes a new message, so the person's screen always shows the step the draft is at.
     */
    private void editText(Reply.EditText edit) {
        Reply.SendText instead = new Reply.SendText(edit.chatId(), edit.html(), edit.keyboard(), edit.queuedHtml());
        if (edit.messageId() <= 0) {
            sendText(instead);
            return;
        }
        SendResult result = inPlace(() -> call(() -> client.execute(EditMessageText.builder()
                .chatId(edit.chatId())
                .messageId(edit.messageId())
                .text(MessageSplitter.trim(edit.html(), MessageSplitter.TEXT_LIMIT))
                .parseMode(ParseMode.HTML)
                .replyMarkup(KeyboardMarkup.of(edit.keyboard()))
                .build()), true), true);
        if (result instanceof SendResult.Sent || result instanceof SendResult.Unreachable) {
            return;
        }
        log.warn("Message {} in chat {} not edited ({}); sending the new step as a new message", edit.messageId(),
                edit.chatId(), result);
        sendText(instead);
    }

    private void sendDocument(Reply.SendDocument document) {
        SendResult result = inPlace(() -> call(() -> client.execute(SendDocument.builder()
                .chatId(document.chatId())
                .document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
                .caption(document.captionHtml())
                .parseMode(ParseMode.HTML)
                .build()), false), false);
        if (result instanceof SendResult.Sent || result instanceof SendResult.Unconfirmed) {
            if (result instanceof SendResult.Unconfirmed) {
                log.warn("File {} to chat {} probably arrived, but Telegram's answer could not be read: {}",
                        document.fileName(), document.chatId(), result);
            }
            document.onDelivered().run();
        } else {
            undelivered(document.chatId(), document.fileName(), document.undeliveredHtml(), result);
        }
    }

    private void sendPhoto(Reply.SendPhoto photo) {
        SendResult result = inPlace(() -> call(() -> client.execute(SendPhoto.builder()
                .chatId(photo.chatId())
                .photo(new InputFile(new ByteArrayInputStream(photo.content()), photo.fileName()))
                .caption(photo.captionHtml())
                .parseMode(ParseMode.HTML)
                .build()), false), false);
        if (!(result instanceof SendResult.Sent || result instanceof SendResult.Unconfirmed)) {
            undelivered(photo.chatId(), photo.fileName(), photo.undeliveredHtml(), result);
        }
    }

    /** A file Telegram did not take cannot wait in the outbox; the person is told instead (that text can). */
    private void undelivered(long chatId, String fileName, String undeliveredHtml, SendResult result) {
        log.warn("File {} to chat {} not delivered: {}", fileName, chatId, result);
        if (undeliveredHtml != null && !(result instanceof SendResult.Unreachable)) {
            sendText(new Reply.SendText(chatId, undeliveredHtml, null));
        }
    }

    /** Tries the call, and again after a short wait while it fails in a way that may pass. */
    private SendResult inPlace(Supplier<SendResult> call, boolean repeatable) {
        SendResult result = call.get();
        for (int attempt = 1; attempt < ATTEMPTS && retryable(result, repeatable); attempt++) {
            sleep(result instanceof SendResult.RetryAfter wait ? wait.delay() : BACKOFF.multipliedBy(1L << (attempt - 1)));
            result = call.get();
        }
        return result;
    }

    private static boolean retryable(SendResult result, boolean repeatable) {
        return result instanceof SendResult.Transient
                || repeatable && result instanceof SendResult.Unconfirmed
                || result instanceof SendResult.RetryAfter wait && wait.delay().compareTo(MAX_WAIT) <= 0;
    }

    private interface ApiCall {
        void run() throws TelegramApiException;
    }

    /** One Bot API call as a {@link SendResult}; for an edit, "message is not modified" means it is done. */
    private static SendResult call(ApiCall call, boolean edit) {
        try {
            call.run();
            return new SendResult.Sent(0);
        } catch (TelegramApiException e) {
            if (edit && e instanceof TelegramApiRequestException request
                    && String.valueOf(request.getApiResponse()).contains("message is not modified")) {
                return new SendResult.Sent(0);
            }
            return TelegramOutboundChannel.classify(e, "");
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String describe(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request) {
            return request.getErrorCode() + " " + request.getApiResponse();
        }
        return e.getMessage();
    }
}
