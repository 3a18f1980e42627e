package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static id.kinerja.playground.emulator.BotApiEmulator.MAX_CALLBACK_ANSWER_LENGTH;
import static id.kinerja.playground.emulator.BotApiEmulator.QUERY_TOO_OLD;

/**
 * answerCallbackQuery: a query is answered once, within the callback query timeout. Called under the
 * {@link EmulatorState} monitor.
 */
final class CallbackHandlers {

    private final EmulatorState state;

    CallbackHandlers(EmulatorState state) {
        this.state = state;
    }

    JsonNode answerCallbackQuery(ObjectNode p) {
        QueryState q = state.queries.get(p.path("callback_query_id").asText());
        if (q == null || q.answered
                || System.nanoTime() - q.createdNanos > state.callbackQueryTimeout.toNanos()) {
            throw new ApiError(400, QUERY_TOO_OLD);
        }
        String text = p.path("text").asText(null);
        if (text != null && text.codePointCount(0, text.length()) > MAX_CALLBACK_ANSWER_LENGTH) {
            throw new ApiError(400, "Bad Request: MESSAGE_TOO_LONG");
        }
        q.answered = true;
        state.answers.add(new CallbackAnswer(q.id, q.updateId, text, p.path("show_alert").asBoolean(false),
                p.path("url").asText(null)));
        if (state.maxCalls > 0 && state.answers.size() > state.maxCalls) { // bounded like the recorded calls
            state.answers.subList(0, state.answers.size() - state.maxCalls).clear();
        }
        ChatState chat = state.chats.get(q.chatId);
        if (chat != null && text != null && !text.isEmpty()) {
            chat.toasts.add(new Toast(chat.version + 1, text, p.path("show_alert").asBoolean(false)));
            if (chat.toasts.size() > ChatState.MAX_TOASTS) {
                chat.toasts.remove(0);
            }
            state.changed(chat);
        } else {
            state.notifyAll();
        }
        return BooleanNode.TRUE;
    }
}
