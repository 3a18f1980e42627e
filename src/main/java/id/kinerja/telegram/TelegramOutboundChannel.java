package id.kinerja.telegram;

import com.fasterxml.jackson.core.JacksonException;
import id.kinerja.outbox.OutboundChannel;
import id.kinerja.outbox.SendResult;
import id.kinerja.text.Keyboard;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The outbox's way out: sendMessage in HTML parse mode, split between paragraphs when too long (keyboard on
 * the last part), with Telegram's refusals sorted into what the dispatcher does next. A text split into parts
 * that fails after the first part reports the failure and how far it got, so a retry sends the rest only.
 */
@Component
class TelegramOutboundChannel implements OutboundChannel {

    private static final Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final TelegramClient client;

    public TelegramOutboundChannel(TelegramClient client) {
        this.client = client;
    }

    @Override
    public SendResult send(long chatId, String html, Keyboard keyboard, int partsAlreadySent,
                           IntConsumer partsAccepted) {
        List<String> parts = MessageSplitter.split(html, MessageSplitter.TEXT_LIMIT);
        int messageId = 0;
        for (int i = Math.min(Math.max(0, partsAlreadySent), parts.size() - 1); i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            try {
                Message message = client.execute(SendMessage.builder()
                        .chatId(chatId)
                        .text(parts.get(i))
                        .parseMode(ParseMode.HTML)
                        .replyMarkup(last ? KeyboardMarkup.of(keyboard) : null)
                        .build());
                messageId = message == null || message.getMessageId() == null ? 0 : message.getMessageId();
            } catch (TelegramApiException e) {
                return classify(e, parts.size() > 1 ? " (part " + (i + 1) + " of " + parts.size() + ")" : "");
            }
            if (!last) {
                partsAccepted.accept(i + 1);
            }
        }
        return new SendResult.Sent(messageId);
    }

    static SendResult classify(TelegramApiException e, String where) {
        if (e instanceof TelegramApiValidationException) {
            return new SendResult.Rejected("invalid request" + where + ": " + e.getMessage());
        }
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (e instanceof TelegramApiRequestException && cause instanceof JacksonException) {
            // a JSON answer (a non-JSON one never gets here) whose result does not fit: it said ok, so sending
            // again would most likely be a duplicate
            return new SendResult.Unconfirmed("unreadable Bot API answer" + where + ": " + cause.getMessage());
        }
        if (!(e instanceof TelegramApiRequestException request) || request.getErrorCode() == null
                || request.getErrorCode() == 0) {
            // no answer, or none that could be read (error code 0: the client could not parse it)
            return new SendResult.Transient(cause.getClass().getSimpleName() + where + ": " + e.getMessage()
                    + (cause == e ? "" : " / " + cause.getMessage()));
        }
        int code = request.getErrorCode();
        String description = request.getApiResponse() == null ? "" : request.getApiResponse();
        String error = code + " " + description + where;
        if (code == 429) {
            return new SendResult.RetryAfter(retryAfter(request, description));
        }
        if (code == 403) {
            return new SendResult.Unreachable(error);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 400 && (lower.contains("chat not found") || lower.contains("user not found")
                || lower.contains("peer_id_invalid") || lower.contains("user is deactivated"))) {
            return new SendResult.Unreachable(error);
        }
        if (code >= 500 || code == 401 || code == 404 || code == 408 || code == 420) {
            // server trouble, or a token/server misconfiguration an operator can fix: worth retrying
            return new SendResult.Transient(error);
        }
        return new SendResult.Rejected(error);
    }

    private static Duration retryAfter(TelegramApiRequestException request, String description) {
        if (request.getParameters() != null && request.getParameters().getRetryAfter() != null
                && request.getParameters().getRetryAfter() > 0) {
            return Duration.ofSeconds(request.getParameters().getRetryAfter());
        }
        Matcher matcher = RETRY_AFTER.matcher(description.toLowerCase(Locale.ROOT));
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : DEFAULT_RETRY_AFTER;
    }
}
