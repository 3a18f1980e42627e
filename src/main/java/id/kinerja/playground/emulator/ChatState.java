package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One chat: the bot's messages in it and the messages users sent. Guarded by the {@link EmulatorState} monitor. */
final class ChatState {
    final long id;
    final String type;
    final String title;
    final String firstName;
    /** A group's members (users who may write in it); empty: anyone registered may (and for private chats). */
    final Set<Long> members = new LinkedHashSet<>();
    int nextMessageId = 1;
    final List<MessageState> botMessages = new ArrayList<>();
    final Map<Integer, JsonNode> incoming = new TreeMap<>();
    final Set<Integer> deletedIncoming = new HashSet<>();
    /** Goes up on every change in this chat (see {@link EmulatorState#changed}). */
    long version;
    /** Answers to taps in this chat, newest last, at most {@link #MAX_TOASTS}. */
    final List<Toast> toasts = new ArrayList<>();
    static final int MAX_TOASTS = 20;

    ChatState(long id, String type, String title, String firstName) {
        this.id = id;
        this.type = type;
        this.title = title;
        this.firstName = firstName;
    }

    MessageState botMessage(int messageId) {
        for (MessageState m : botMessages) {
            if (m.id == messageId) {
                return m;
            }
        }
        return null;
    }

    ObjectNode json() {
        ObjectNode c = JsonShapes.NODES.objectNode();
        c.put("id", id);
        c.put("type", type);
        if (title != null) {
            c.put("title", title);
        }
        if (firstName != null) {
            c.put("first_name", firstName);
        }
        return c;
    }
}
