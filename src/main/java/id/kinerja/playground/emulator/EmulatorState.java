package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * What the emulated Bot API knows: users and chats with their messages, the update queue, callback queries and
 * their answers, users' files, bot commands, the webhook configuration and every recorded call.
 *
 * <p>Every field is guarded by this object's monitor, which also serves wait/notify for long polling, webhook
 * delivery and the {@code await*} helpers: whoever changes state calls {@code notifyAll()} while holding it.
 */
final class EmulatorState {

    private static final Set<String> DEFAULT_ALLOWED_UPDATES_EXCLUDED = Set.of("chat_member", "message_reaction",
            "message_reaction_count");

    final String token;
    /** The bot's own {@code User}: its username and display name (getMe, the sender of its messages). */
    final String botUsername;
    final String botFirstName;
    final Map<Long, UserInfo> users = new HashMap<>();
    final Map<Long, ChatState> chats = new LinkedHashMap<>();
    final List<UpdateEntry> updates = new ArrayList<>();
    private long nextUpdateId = 100_000_001L;
    private long nextQueryId = 4_200_000_000_000_001L;
    final Map<String, QueryState> queries = new HashMap<>();
    final List<CallbackAnswer> answers = new ArrayList<>();
    final List<ApiCall> calls = new ArrayList<>();
    /** Files users sent, by file_id, oldest first. */
    final Map<String, StoredFile> files = new LinkedHashMap<>();
    /** Numbers the files users sent (their file_path), never reused. */
    long nextUserFileNumber = 1;
    /** setMyCommands: scope key -> language_code -> commands. */
    final Map<String, Map<String, List<BotCommandRecord>>> commands = new TreeMap<>();
    int tooManyRequestsServed;
    int conflictingPolls;
    /** allowed_updates of the last getUpdates or setWebhook that named them; null: Telegram's default. */
    Set<String> allowedUpdates;
    String webhookUrl = "";
    ObjectNode webhookParams;
    long pollGeneration;
    boolean closed;
    Duration callbackQueryTimeout = Duration.ofSeconds(15);
    boolean strictAmpersand = true;
    /** Where message dates come from (the playground's adjustable clock; the system clock by default). */
    Clock clock = Clock.systemUTC();
    /** Bounds of what is kept (the playground is a long-running public demo); 0 = no bound. */
    int maxMessagesPerChat;
    int maxCalls;
    /** At most this many files users sent and bot uploads with bytes are kept (oldest dropped); 0 = no bound. */
    int maxFiles;
    /** At most this many bytes of files users sent are kept (oldest dropped); 0 = no bound. */
    long maxFileBytes;
    /** Calls dropped from the front of {@link #calls} by the bound: the index of calls.get(0). */
    long callsDropped;
    /** Numbers the files the bot uploaded, for {@link BotApiEmulator#botFile}. */
    long nextFileNumber = 1;

    EmulatorState(String token, String botUsername, String botFirstName) {
        this.token = token;
        this.botUsername = botUsername;
        this.botFirstName = botFirstName;
    }

    /** Unix time in seconds, as message dates are given. */
    long now() {
        return clock.millis() / 1000L;
    }

    /** A change in that chat (a message, an edit, a deletion, an answer to a tap): its version goes up; wakes waiters. */
    void changed(ChatState chat) {
        if (chat != null) {
            chat.version++;
            if (maxMessagesPerChat > 0) {
                while (chat.botMessages.size() > maxMessagesPerChat) {
                    chat.botMessages.remove(0);
                }
                while (chat.incoming.size() > maxMessagesPerChat) {
                    Integer oldest = chat.incoming.keySet().iterator().next();
                    chat.incoming.remove(oldest);
                    chat.deletedIncoming.remove(oldest);
                }
            }
        }
        notifyAll();
    }

    /** Keeps a file a user sent; with a bound, the oldest ones beyond it are forgotten (getFile: invalid file_id). */
    void storeUserFile(StoredFile file) {
        files.put(file.fileId(), file);
        boundUserFiles();
    }

    void boundUserFiles() {
        long bytes = files.values().stream().mapToLong(f -> f.content().length).sum();
        while (files.size() > 1 && (maxFiles > 0 && files.size() > maxFiles || maxFileBytes > 0 && bytes > maxFileBytes)) {
            StoredFile oldest = files.remove(files.keySet().iterator().next());
            bytes -= oldest.content().length;
        }
    }

    /**
     * With a bound, only the newest {@link #maxFiles} bot uploads keep their bytes: an older chart or workbook stays
     * in its chat, but can no longer be downloaded from the page.
     */
    void boundBotFiles() {
        if (maxFiles <= 0) {
            return;
        }
        List<MessageState> withBytes = new ArrayList<>();
        chats.values().forEach(c -> c.botMessages.stream().filter(m -> m.fileBytes != null).forEach(withBytes::add));
        if (withBytes.size() <= maxFiles) {
            return;
        }
        withBytes.sort(java.util.Comparator.comparingLong(m -> m.fileNumber));
        withBytes.subList(0, withBytes.size() - maxFiles).forEach(m -> m.fileBytes = null);
    }

    /** Marks the emulator closed and wakes every waiter; false if it was closed already. */
    synchronized boolean close() {
        if (closed) {
            return false;
        }
        closed = true;
        notifyAll();
        return true;
    }

    /** Queues an update of that type; the caller holds the monitor. Returns the update_id. */
    long enqueue(String type, ObjectNode payload) {
        long id = nextUpdateId++;
        ObjectNode update = JsonShapes.NODES.objectNode();
        update.put("update_id", id);
        update.set(type, payload);
        updates.add(new UpdateEntry(id, type, update, false));
        if (maxCalls > 0 && updates.size() > maxCalls) { // bounded: confirmed updates are forgotten
            updates.removeIf(u -> u.confirmed);
            queries.values().removeIf(q -> q.answered);
        }
        notifyAll();
        return id;
    }

    String nextQueryId() {
        return Long.toString(nextQueryId++);
    }

    UpdateEntry update(long updateId) {
        return updates.stream().filter(u -> u.id == updateId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown update " + updateId));
    }

    /** Whether the bot asked for updates of this type (allowed_updates, or Telegram's default). */
    boolean isAllowed(UpdateEntry u) {
        return allowedUpdates == null ? !DEFAULT_ALLOWED_UPDATES_EXCLUDED.contains(u.type)
                : allowedUpdates.contains(u.type);
    }

    /** Records a call and wakes waiters; the caller holds the monitor. */
    void record(ApiCall call) {
        calls.add(call);
        if (maxCalls > 0 && calls.size() > maxCalls) {
            int drop = calls.size() - maxCalls;
            calls.subList(0, drop).clear();
            callsDropped += drop;
        }
        notifyAll();
    }

    UserInfo requireUser(long userId) {
        UserInfo user = users.get(userId);
        if (user == null) {
            throw new IllegalStateException("user " + userId + " is not registered; call registerUser first");
        }
        return user;
    }

    /** A chat the test registered; IllegalStateException otherwise. */
    ChatState registeredChat(long chatId) {
        ChatState chat = chats.get(chatId);
        if (chat == null) {
            throw new IllegalStateException("chat " + chatId + " is not registered");
        }
        return chat;
    }

    /** The chat a request's chat_id names; Telegram's "chat not found" otherwise. */
    ChatState requireChat(ObjectNode p) {
        JsonNode id = p.get("chat_id");
        ChatState chat = null;
        if (id != null && id.isIntegralNumber()) {
            chat = chats.get(id.asLong());
        } else if (id != null && id.asText().matches("-?\\d{1,19}")) {
            chat = chats.get(Long.parseLong(id.asText()));
        }
        if (chat == null) {
            throw new ApiError(400, "Bad Request: chat not found");
        }
        return chat;
    }

    /** Waits, holding the monitor between checks, until the condition holds; AssertionError on timeout. */
    void await(Duration timeout, BooleanSupplier condition, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    throw new AssertionError("timed out after " + timeout.toMillis() + " ms: " + failure.get());
                }
                try {
                    wait(Math.min(remaining, 50)); // notified on every change; short cap as a safety net
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting: " + failure.get());
                }
            }
        }
    }

    /** Forgets messages, updates, callback queries and answers, calls and files; the caller holds the monitor. */
    void reset() {
        chats.values().forEach(c -> {
            c.botMessages.clear();
            c.incoming.clear();
            c.toasts.clear();
            c.version++;
        });
        updates.clear();
        queries.clear();
        answers.clear();
        callsDropped += calls.size();
        calls.clear();
        files.clear();
        tooManyRequestsServed = 0;
        conflictingPolls = 0;
    }

    /** Also forgets users, chats, commands, the webhook and allowed_updates; the caller holds the monitor. */
    void resetAll() {
        users.clear();
        chats.clear();
        commands.clear();
        webhookUrl = "";
        webhookParams = null;
        allowedUpdates = null;
    }
}
