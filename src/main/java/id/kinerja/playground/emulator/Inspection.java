package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** What tests look at: the bot's messages, callback answers, commands, recorded calls and timings. */
final class Inspection {

    private final EmulatorState state;

    Inspection(EmulatorState state) {
        this.state = state;
    }

    List<SentMessage> messagesIn(long chatId) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            if (chat == null) {
                return List.of();
            }
            return chat.botMessages.stream().map(m -> m.snapshot(chatId)).toList();
        }
    }

    byte[] lastPhotoBytes(long chatId) {
        synchronized (state) {
            List<MessageState> messages = botMessages(chatId);
            for (int i = messages.size() - 1; i >= 0; i--) {
                MessageState m = messages.get(i);
                if (m.kind.equals("photo")) {
                    if (m.fileBytes == null) {
                        throw new AssertionError("the last photo in chat " + chatId + " was not uploaded as a file");
                    }
                    return m.fileBytes.clone();
                }
            }
            throw new AssertionError("the bot sent no photo to chat " + chatId + diagnostics());
        }
    }

    SentFile lastDocument(long chatId) {
        synchronized (state) {
            List<MessageState> messages = botMessages(chatId);
            for (int i = messages.size() - 1; i >= 0; i--) {
                MessageState m = messages.get(i);
                if (m.kind.equals("document") && m.fileBytes != null) {
                    return new SentFile(m.fileName, m.fileBytes.clone());
                }
            }
            throw new AssertionError("the bot uploaded no document to chat " + chatId + diagnostics());
        }
    }

    List<SentFile> documentsIn(long chatId) {
        synchronized (state) {
            List<SentFile> documents = new java.util.ArrayList<>();
            for (MessageState m : botMessages(chatId)) {
                if (m.kind.equals("document") && m.fileBytes != null) {
                    documents.add(new SentFile(m.fileName, m.fileBytes.clone()));
                }
            }
            return documents;
        }
    }

    private List<MessageState> botMessages(long chatId) {
        ChatState chat = state.chats.get(chatId);
        return chat == null ? List.of() : chat.botMessages;
    }

    int messageCount(long chatId) {
        synchronized (state) {
            return botMessages(chatId).size();
        }
    }

    SentMessage lastMessageIn(long chatId) {
        List<SentMessage> messages = messagesIn(chatId);
        if (messages.isEmpty()) {
            throw new AssertionError("the bot sent no message to chat " + chatId + diagnostics());
        }
        return messages.get(messages.size() - 1);
    }

    SentMessage awaitMessageCount(long chatId, int count, Duration timeout) {
        state.await(timeout, () -> state.chats.containsKey(chatId) && state.chats.get(chatId).botMessages.size() >= count,
                () -> "expected at least " + count + " bot message(s) in chat " + chatId + ", transcript:\n"
                        + transcript(chatId));
        return messagesIn(chatId).get(count - 1);
    }

    SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition, Duration timeout) {
        SentMessage[] found = new SentMessage[1];
        state.await(timeout, () -> {
            for (MessageState m : botMessages(chatId)) {
                SentMessage s = m.snapshot(chatId);
                if (condition.test(s)) {
                    found[0] = s;
                    return true;
                }
            }
            return false;
        }, () -> "no bot message in chat " + chatId + " matched; transcript:\n" + transcript(chatId));
        return found[0];
    }

    SentMessage awaitMessageContaining(long chatId, String fragment, Duration timeout) {
        return awaitMessage(chatId, m -> !m.deleted() && m.plainText().contains(fragment), timeout);
    }

    List<JsonNode> userMessagesIn(long chatId) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.incoming.values());
        }
    }

    List<CallbackAnswer> callbackAnswers() {
        synchronized (state) {
            return List.copyOf(state.answers);
        }
    }

    CallbackAnswer awaitCallbackAnswerFor(long updateId, Duration timeout) {
        CallbackAnswer[] found = new CallbackAnswer[1];
        state.await(timeout, () -> {
            for (CallbackAnswer a : state.answers) {
                if (a.updateId() == updateId) {
                    found[0] = a;
                    return true;
                }
            }
            return false;
        }, () -> "no answerCallbackQuery for the callback query of update " + updateId + "; answers: " + state.answers);
        return found[0];
    }

    boolean allUpdatesConfirmed() {
        synchronized (state) {
            return state.updates.stream().allMatch(u -> u.confirmed);
        }
    }

    void awaitAllUpdatesConfirmed(Duration timeout) {
        state.await(timeout, () -> state.updates.stream().allMatch(u -> u.confirmed),
                () -> "not all updates were confirmed; pending: " + state.updates.stream().filter(u -> !u.confirmed)
                        .map(u -> u.json.toString()).collect(Collectors.joining("\n")));
    }

    List<ApiCall> calls() {
        synchronized (state) {
            return List.copyOf(state.calls);
        }
    }

    List<ApiCall> calls(String method) {
        synchronized (state) {
            return state.calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        }
    }

    List<String> fileDownloads() {
        synchronized (state) {
            return state.calls.stream().filter(c -> c.method().equals(BotApiEmulator.DOWNLOAD))
                    .map(c -> c.params().path("file_path").asText()).toList();
        }
    }

    List<ApiCall> rejectedCalls() {
        synchronized (state) {
            return state.calls.stream().filter(c -> !c.ok() && !c.injectedFault()
                    && !BotApiEmulator.CONFLICT_OTHER_POLL.equals(c.errorDescription())).toList();
        }
    }

    void assertNoRejectedCalls() {
        List<ApiCall> rejected = rejectedCalls();
        if (!rejected.isEmpty()) {
            throw new AssertionError("the emulator rejected " + rejected.size() + " call(s):\n"
                    + rejected.stream().map(ApiCall::toString).collect(Collectors.joining("\n")));
        }
    }

    Map<String, List<BotCommandRecord>> commandsByLanguage() {
        synchronized (state) {
            return Map.copyOf(state.commands.getOrDefault("default", Map.of()));
        }
    }

    Map<String, Map<String, List<BotCommandRecord>>> commandsByScope() {
        synchronized (state) {
            Map<String, Map<String, List<BotCommandRecord>>> copy = new TreeMap<>();
            state.commands.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return copy;
        }
    }

    String webhookUrl() {
        synchronized (state) {
            return state.webhookUrl;
        }
    }

    int tooManyRequestsServed() {
        synchronized (state) {
            return state.tooManyRequestsServed;
        }
    }

    int conflictingPolls() {
        synchronized (state) {
            return state.conflictingPolls;
        }
    }

    long queuedNanos(long updateId) {
        synchronized (state) {
            List<UpdateEntry> updates = state.updates;
            int low = 0;
            int high = updates.size() - 1;
            while (low <= high) { // queued in increasing id order
                int middle = (low + high) >>> 1;
                long id = updates.get(middle).id;
                if (id == updateId) {
                    return updates.get(middle).queuedNanos;
                }
                if (id < updateId) {
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            return -1;
        }
    }

    long[] messageNanos(long chatId) {
        synchronized (state) {
            return botMessages(chatId).stream().mapToLong(m -> m.sentNanos).toArray();
        }
    }

    int totalMessageCount() {
        synchronized (state) {
            return state.chats.values().stream().mapToInt(c -> c.botMessages.size()).sum();
        }
    }

    String transcript(long chatId) {
        synchronized (state) {
            ChatState chat = state.chats.get(chatId);
            if (chat == null) {
                return "(chat " + chatId + " is not registered)";
            }
            Map<Integer, String> lines = new TreeMap<>();
            chat.incoming.forEach((id, m) -> lines.put(id, "  user #" + id + ": " + m.path("text").asText()));
            chat.botMessages.forEach(m -> lines.put(m.id, "  bot  " + m.snapshot(chatId)));
            String body = lines.isEmpty() ? "  (empty)" : String.join("\n", lines.values());
            return body + diagnostics();
        }
    }

    private String diagnostics() {
        List<ApiCall> rejected = rejectedCalls();
        return rejected.isEmpty() ? "" : "\nrejected calls:\n" + rejected.stream().map(c -> "  " + c)
                .collect(Collectors.joining("\n"));
    }
}
