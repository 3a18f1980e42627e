package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The chats as a chat client shows them (bot and user messages together), with waiting for a change. */
final class ChatViews {

    private final EmulatorState state;

    ChatViews(EmulatorState state) {
        this.state = state;
    }

    long version(long chatId) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            return chat == null ? 0 : chat.version;
        }
    }

    /** Waits up to {@code timeout} until the chat's version is above {@code since}, then returns the chat. */
    ChatView await(long chatId, long since, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (state) {
            while (!state.closed && version(chatId) <= since) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    break;
                }
                try {
                    state.wait(remaining);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return view(chatId, since);
        }
    }

    ChatView view(long chatId, long toastsAfter) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            if (chat == null) {
                return new ChatView(0, List.of(), List.of());
            }
            List<ChatEntry> entries = new ArrayList<>();
            chat.botMessages.forEach(m -> entries.add(new ChatEntry(m.id, true, m.kind, m.plainText, m.entities,
                    m.keyboard, m.edited, m.deleted, m.fileName, m.fileNumber, m.date, BotApiEmulator.BOT_ID,
                    state.botFirstName)));
            chat.incoming.forEach((id, json) -> entries.add(userEntry(id, json, chat.deletedIncoming.contains(id))));
            entries.sort(Comparator.comparingInt(ChatEntry::messageId));
            List<Toast> toasts = chat.toasts.stream().filter(t -> t.version() > toastsAfter).toList();
            return new ChatView(chat.version, entries, toasts);
        }
    }

    private static ChatEntry userEntry(int id, JsonNode json, boolean deleted) {
        boolean document = json.has("document");
        String text = document ? json.path("caption").asText("") : json.path("text").asText("");
        List<TextEntity> entities = new ArrayList<>();
        json.path("entities").forEach(e -> entities.add(new TextEntity(e.path("type").asText(),
                e.path("offset").asInt(), e.path("length").asInt(), null, null)));
        JsonNode from = json.path("from");
        String name = (from.path("first_name").asText("") + " " + from.path("last_name").asText("")).strip();
        return new ChatEntry(id, false, document ? "document" : "text", text, entities, List.of(), false, deleted,
                document ? json.path("document").path("file_name").asText(null) : null, 0,
                json.path("date").asLong(), from.path("id").asLong(), name);
    }

    /** The registered groups and supergroups, in registration order. */
    List<GroupChat> groups() {
        synchronized (state) {
            return state.chats.values().stream().filter(c -> c.type.equals("group") || c.type.equals("supergroup"))
                    .map(c -> new GroupChat(c.id, c.type, c.title, List.copyOf(c.members))).toList();
        }
    }

    /** The bytes the bot uploaded under that number, with the kind of message ("photo", "document"). */
    Optional<BotFile> botFile(long number) {
        if (number <= 0) {
            return Optional.empty();
        }
        synchronized (state) {
            for (ChatState chat : state.chats.values()) {
                for (MessageState m : chat.botMessages) {
                    if (m.fileNumber == number && m.fileBytes != null) {
                        return Optional.of(new BotFile(m.kind, m.fileName, m.fileBytes.clone()));
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Calls from that absolute index on (indexes survive the bound: the oldest calls are dropped). */
    List<IndexedCall> callsSince(long index) {
        synchronized (state) {
            List<IndexedCall> result = new ArrayList<>();
            for (int i = (int) Math.max(0, index - state.callsDropped); i < state.calls.size(); i++) {
                result.add(new IndexedCall(state.callsDropped + i, state.calls.get(i)));
            }
            return result;
        }
    }
}
