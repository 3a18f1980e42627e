package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.playground.emulator.MessageContent.Formatted;
import id.kinerja.playground.emulator.MessageContent.Markup;

import java.util.Objects;

import static id.kinerja.playground.emulator.BotApiEmulator.NOT_MODIFIED;

/** sendMessage, editMessageText, editMessageReplyMarkup and deleteMessage. Called under the {@link EmulatorState} monitor. */
final class MessageHandlers {

    private final EmulatorState state;
    private final FaultInjection faults;
    private final MessageContent content;

    MessageHandlers(EmulatorState state, FaultInjection faults, MessageContent content) {
        this.state = state;
        this.faults = faults;
        this.content = content;
    }

    JsonNode sendMessage(ObjectNode p) {
        ChatState chat = state.requireChat(p);
        Formatted f = content.format(p.path("text").asText(), p.path("parse_mode").asText(null), p.get("entities"),
                false);
        Markup markup = content.parseMarkup(p.get("reply_markup"));
        checkReply(chat, p.get("reply_parameters"));
        faults.checkDeliverable(chat);
        MessageState m = new MessageState(chat.nextMessageId++, "text", state.now());
        m.apply(p.path("text").asText(), f, p.path("parse_mode").asText(null), markup);
        chat.botMessages.add(m);
        state.changed(chat);
        return JsonShapes.message(state, chat, m);
    }

    JsonNode editMessageText(ObjectNode p) {
        MessageState m = messageToEdit(p);
        if (!m.kind.equals("text")) {
            throw new ApiError(400, "Bad Request: there is no text in the message to edit");
        }
        if (!p.has("text")) {
            throw new ApiError(400, "Bad Request: message text is empty");
        }
        Formatted f = content.format(p.path("text").asText(), p.path("parse_mode").asText(null), p.get("entities"),
                false);
        Markup markup = content.parseMarkup(p.get("reply_markup"));
        if (f.plain().equals(m.plainText) && f.entities().equals(m.entities) && Objects.equals(markup.json(), m.markup)) {
            throw new ApiError(400, NOT_MODIFIED);
        }
        m.apply(p.path("text").asText(), f, p.path("parse_mode").asText(null), markup);
        m.edited = true;
        m.editDate = state.now();
        state.changed(state.requireChat(p));
        return JsonShapes.message(state, state.chats.get(p.path("chat_id").asLong()), m);
    }

    JsonNode editMessageReplyMarkup(ObjectNode p) {
        MessageState m = messageToEdit(p);
        Markup markup = content.parseMarkup(p.get("reply_markup"));
        if (Objects.equals(markup.json(), m.markup)) {
            throw new ApiError(400, NOT_MODIFIED);
        }
        m.markup = markup.json();
        m.keyboard = markup.keyboard();
        m.edited = true;
        m.editDate = state.now();
        state.changed(state.requireChat(p));
        return JsonShapes.message(state, state.chats.get(p.path("chat_id").asLong()), m);
    }

    private MessageState messageToEdit(ObjectNode p) {
        if (p.has("inline_message_id")) {
            throw new ApiError(400, "Bad Request: MESSAGE_ID_INVALID");
        }
        if (!p.has("chat_id")) {
            throw new ApiError(400, "Bad Request: chat_id is empty");
        }
        ChatState chat = state.requireChat(p);
        if (!p.has("message_id")) {
            throw new ApiError(400, "Bad Request: message identifier is not specified");
        }
        MessageState m = chat.botMessage(p.get("message_id").asInt());
        if (m == null || m.deleted) {
            throw new ApiError(400, "Bad Request: message to edit not found");
        }
        return m;
    }

    JsonNode deleteMessage(ObjectNode p) {
        ChatState chat = state.requireChat(p);
        int id = p.path("message_id").asInt();
        MessageState m = chat.botMessage(id);
        if (m != null && !m.deleted) {
            m.deleted = true;
            state.changed(chat);
            return BooleanNode.TRUE;
        }
        if (chat.incoming.containsKey(id) && chat.deletedIncoming.add(id)) {
            state.changed(chat);
            return BooleanNode.TRUE;
        }
        throw new ApiError(400, "Bad Request: message to delete not found");
    }

    /** Telegram refuses a reply to a message that is not (or no longer) in the chat. */
    static void checkReply(ChatState chat, JsonNode reply) {
        if (reply == null) {
            return;
        }
        int id = reply.path("message_id").asInt();
        boolean exists = chat.incoming.containsKey(id) && !chat.deletedIncoming.contains(id)
                || (chat.botMessage(id) != null && !chat.botMessage(id).deleted);
        if (!exists && !reply.path("allow_sending_without_reply").asBoolean(false)) {
            throw new ApiError(400, "Bad Request: message to be replied not found");
        }
    }
}
