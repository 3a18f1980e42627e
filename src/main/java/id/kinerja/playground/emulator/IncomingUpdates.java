package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static id.kinerja.playground.emulator.JsonShapes.NODES;

/** The test playing Telegram's users: registers chats and queues the updates their actions cause. */
final class IncomingUpdates {

    private final EmulatorState state;
    private final Inspection inspection;

    IncomingUpdates(EmulatorState state, Inspection inspection) {
        this.state = state;
        this.inspection = inspection;
    }

    void registerUser(long userId, String firstName, String languageCode) {
        if (userId <= 0) {
            throw new IllegalArgumentException("user ids are positive: " + userId);
        }
        synchronized (state) {
            state.users.put(userId, new UserInfo(userId, firstName, languageCode));
            state.chats.computeIfAbsent(userId, id -> new ChatState(id, "private", null, firstName));
        }
    }

    void registerGroup(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + chatId);
        }
        synchronized (state) {
            state.chats.computeIfAbsent(chatId, id -> new ChatState(id, "group", title, null));
        }
    }

    void registerSupergroup(long chatId, String title, List<Long> members) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + chatId);
        }
        synchronized (state) {
            members.forEach(state::requireUser);
            ChatState chat = state.chats.computeIfAbsent(chatId, id -> new ChatState(id, "supergroup", title, null));
            if (!chat.type.equals("supergroup")) {
                throw new IllegalStateException("chat " + chatId + " is a " + chat.type + ", not a supergroup");
            }
            chat.members.addAll(members);
        }
    }

    void registerChannel(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("channel ids are negative: " + chatId);
        }
        synchronized (state) {
            state.chats.computeIfAbsent(chatId, id -> new ChatState(id, "channel", title, null));
        }
    }

    long postInChannel(long channelId, String text) {
        synchronized (state) {
            ChatState chat = state.chats.get(channelId);
            if (chat == null || !"channel".equals(chat.json().path("type").asText())) {
                throw new IllegalStateException("channel " + channelId + " is not registered");
            }
            ObjectNode post = NODES.objectNode();
            post.put("message_id", chat.nextMessageId++);
            post.set("sender_chat", chat.json());
            post.set("chat", chat.json());
            post.put("date", state.now());
            post.put("text", text);
            chat.incoming.put(post.get("message_id").asInt(), post);
            return state.enqueue("channel_post", post);
        }
    }

    long sendTextInGroup(long groupChatId, long userId, String text) {
        synchronized (state) {
            UserInfo user = state.requireUser(userId);
            ChatState chat = state.registeredChat(groupChatId);
            requireMember(chat, userId);
            ObjectNode message = NODES.objectNode();
            message.put("message_id", chat.nextMessageId++);
            message.set("from", user.json());
            message.set("chat", chat.json());
            message.put("date", state.now());
            message.put("text", text);
            if (text.startsWith("/")) {
                int end = 0;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                ArrayNode entities = message.putArray("entities");
                entities.addObject().put("type", "bot_command").put("offset", 0).put("length", end);
            }
            chat.incoming.put(message.get("message_id").asInt(), message);
            state.changed(chat);
            return state.enqueue("message", message);
        }
    }

    long sendDocumentInChat(long chatId, long userId, String fileName, byte[] content, String caption) {
        synchronized (state) {
            UserInfo user = state.requireUser(userId);
            ChatState chat = state.registeredChat(chatId);
            requireMember(chat, userId);
            long number = state.nextUserFileNumber++;
            String fileId = "BQAC-emulator-doc-" + chatId + "-" + number + "-" + System.nanoTime();
            String uniqueId = "AgADdoc" + number;
            String extension = fileName != null && fileName.contains(".")
                    ? fileName.substring(fileName.lastIndexOf('.')) : "";
            state.storeUserFile(new StoredFile(fileId, uniqueId, "documents/file_" + number + extension,
                    content.clone()));
            ObjectNode message = NODES.objectNode();
            message.put("message_id", chat.nextMessageId++);
            message.set("from", user.json());
            message.set("chat", chat.json());
            message.put("date", state.now());
            ObjectNode document = message.putObject("document");
            document.put("file_id", fileId).put("file_unique_id", uniqueId);
            if (fileName != null) {
                document.put("file_name", fileName);
            }
            document.put("mime_type", fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? "text/csv" : "application/octet-stream");
            document.put("file_size", content.length);
            if (caption != null) {
                message.put("caption", caption);
            }
            chat.incoming.put(message.get("message_id").asInt(), message);
            state.changed(chat);
            return state.enqueue("message", message);
        }
    }

    /** Telegram refuses a message from someone who is not in the group; groups registered without members take anyone. */
    private static void requireMember(ChatState chat, long userId) {
        if (!chat.members.isEmpty() && !chat.members.contains(userId)) {
            throw new IllegalStateException("user " + userId + " is not a member of chat " + chat.id);
        }
    }

    long tapButton(long userId, long chatId, int messageId, String callbackData) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            MessageState m = chat == null ? null : chat.botMessage(messageId);
            if (m == null || m.deleted) {
                throw new AssertionError("cannot tap a button: no visible bot message " + messageId + " in chat " + chatId
                        + "; transcript:\n" + inspection.transcript(chatId));
            }
            boolean present = m.keyboard.stream().flatMap(List::stream)
                    .anyMatch(b -> Objects.equals(b.callbackData(), callbackData));
            if (!present) {
                throw new AssertionError("message " + messageId + " in chat " + chatId + " has no button with callback_data \""
                        + callbackData + "\"; buttons: " + m.snapshot(chatId).keyboard());
            }
            return forgeCallbackQuery(userId, chatId, messageId, callbackData);
        }
    }

    long tapButton(long userId, SentMessage message, String labelContains) {
        Button b = message.button(labelContains);
        if (b.callbackData() == null) {
            throw new AssertionError("button \"" + b.text() + "\" has no callback_data");
        }
        return tapButton(userId, message.chatId(), message.messageId(), b.callbackData());
    }

    long forgeCallbackQuery(long userId, long chatId, int messageId, String callbackData) {
        synchronized (state) {
            UserInfo user = state.requireUser(userId);
            ChatState chat = state.registeredChat(chatId);
            requireMember(chat, userId);
            String queryId = state.nextQueryId();
            ObjectNode query = NODES.objectNode();
            query.put("id", queryId);
            query.set("from", user.json());
            MessageState m = chat.botMessage(messageId);
            if (m != null && !m.deleted) {
                query.set("message", JsonShapes.message(state, chat, m));
            } else {
                ObjectNode inaccessible = query.putObject("message");
                inaccessible.set("chat", chat.json());
                inaccessible.put("message_id", messageId);
                inaccessible.put("date", 0);
            }
            query.put("chat_instance", Long.toString(Math.abs(chatId * 7919L + 13)));
            query.put("data", callbackData);
            long updateId = state.enqueue("callback_query", query);
            state.queries.put(queryId, new QueryState(queryId, updateId, System.nanoTime(), chatId));
            return updateId;
        }
    }

    long sendRawUpdate(String type, ObjectNode payload) {
        synchronized (state) {
            return state.enqueue(type, payload.deepCopy());
        }
    }

    void redeliver(long updateId) {
        synchronized (state) {
            UpdateEntry original = state.update(updateId);
            state.updates.add(new UpdateEntry(updateId, original.type, original.json.deepCopy(), true));
            state.notifyAll();
        }
    }
}
