package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * In-process emulator of the Telegram Bot API subset the Kinerja bot uses. It validates every request
 * against the official API description ({@code bot-api-spec.json}) and answers errors with Telegram's
 * shape and wording. See {@code BotApiEmulatorTest} for usage with the real OkHttpTelegramClient.
 *
 * <p>This class is the facade tests use. Behind it, around one {@link EmulatorState}: {@link HttpEndpoint} (HTTP
 * and routing), {@link RequestReader} and {@link SpecValidator} (parsing and spec validation),
 * {@link MethodDispatcher} with the method handlers ({@link MessageHandlers}, {@link FileHandlers},
 * {@link CallbackHandlers}, {@link CommandHandlers}, {@link UpdateHandlers}), {@link FaultInjection},
 * {@link WebhookDeliverer}, {@link IncomingUpdates} (the users' side) and {@link Inspection}.
 *
 * <p>Thread-safe: all state is guarded by the {@link EmulatorState} monitor, which also serves wait/notify for long
 * polling and the {@code await*} helpers.
 */
public final class BotApiEmulator implements AutoCloseable {

    public static final String TOKEN = "123456:TEST-token-for-the-emulator";
    public static final long BOT_ID = 7000000001L;
    public static final String BOT_USERNAME = "kinerja_test_bot";
    public static final String BOT_FIRST_NAME = "Kinerja Bot";

    public static final int MAX_TEXT_LENGTH = 4096;
    public static final int MAX_CAPTION_LENGTH = 1024;
    public static final int MAX_CALLBACK_DATA_BYTES = 64;
    public static final int MAX_CALLBACK_ANSWER_LENGTH = 200;

    /** The pseudo-method under which file downloads are recorded in {@link #calls()}. */
    public static final String DOWNLOAD = "downloadFile";

    static final String NOT_MODIFIED = "Bad Request: message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";
    static final String QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid";
    static final String CONFLICT_OTHER_POLL = "Conflict: terminated by other getUpdates request; make sure that only one"
            + " bot instance is running";
    static final String CONFLICT_WEBHOOK = "Conflict: can't use getUpdates method while webhook is active; use"
            + " deleteWebhook to delete the webhook first";
    /** Bots may download files of at most 20 MB (getFile answers "file is too big" above that). */
    static final int MAX_DOWNLOAD = 20 * 1024 * 1024;

    private final EmulatorState state;
    private final FaultInjection faults;
    private final WebhookDeliverer webhook;
    private final Inspection inspection;
    private final IncomingUpdates incoming;
    private final HttpEndpoint http;
    private final ChatViews views;

    // ------------------------------------------------------------------ lifecycle

    private BotApiEmulator(String token, String botUsername, String botFirstName) {
        state = new EmulatorState(token, botUsername, botFirstName);
        faults = new FaultInjection(state);
        webhook = new WebhookDeliverer(state);
        inspection = new Inspection(state);
        incoming = new IncomingUpdates(state, inspection);
        http = new HttpEndpoint(state, faults, new MethodDispatcher(state, faults, webhook));
        views = new ChatViews(state);
    }

    /** Starts an emulator with {@link #TOKEN} on 127.0.0.1 and a free port. */
    public static BotApiEmulator start() {
        return start(TOKEN);
    }

    public static BotApiEmulator start(String token) {
        return start(token, BOT_USERNAME, BOT_FIRST_NAME);
    }

    /** An emulator whose bot (getMe, the sender of its messages) has that username and display name. */
    public static BotApiEmulator start(String token, String botUsername, String botFirstName) {
        return new BotApiEmulator(token, botUsername, botFirstName);
    }

    public String token() {
        return state.token;
    }

    public int port() {
        return http.port();
    }

    /** {@code http://127.0.0.1:<port>}: the value for TELEGRAM_API_URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String botUsername() {
        return state.botUsername;
    }

    /** The bot's display name (its first_name). */
    public String botName() {
        return state.botFirstName;
    }

    @Override
    public void close() {
        if (!state.close()) {
            return;
        }
        http.stop();
        webhook.stop();
    }

    // ------------------------------------------------------------------ chats and users

    /** Registers a user and their private chat (chat id == user id). languageCode may be null. */
    public void registerUser(long userId, String firstName, String languageCode) {
        incoming.registerUser(userId, firstName, languageCode);
    }

    /** Registers users {@code firstUserId .. firstUserId + count - 1} named "User <id>", each with a private chat. */
    public void registerUsers(long firstUserId, int count, String languageCode) {
        for (long id = firstUserId; id < firstUserId + count; id++) {
            registerUser(id, "User " + id, languageCode);
        }
    }

    /** Registers a group chat (negative id, type "group"). */
    public void registerGroup(long chatId, String title) {
        incoming.registerGroup(chatId, title);
    }

    /**
     * Registers a supergroup (negative id, type "supergroup") with these registered users as members (more may be
     * added by registering it again); only members may write in it. The bot is taken to be an administrator of it,
     * so it receives every message there, not only commands.
     */
    public void registerSupergroup(long chatId, String title, List<Long> members) {
        incoming.registerSupergroup(chatId, title, members);
    }

    /** The registered groups and supergroups with their members. */
    public List<GroupChat> groups() {
        return views.groups();
    }

    /** Registers a channel (negative id, type "channel"). */
    public void registerChannel(long chatId, String title) {
        incoming.registerChannel(chatId, title);
    }

    // ------------------------------------------------------------------ incoming updates

    /** A post in a channel (as an update of type channel_post, sent by the channel itself). Returns the update_id. */
    public long postInChannel(long channelId, String text) {
        return incoming.postInChannel(channelId, text);
    }

    /** A text message from the user in their private chat; a leading /command gets a bot_command entity. Returns the update_id. */
    public long sendText(long userId, String text) {
        return incoming.sendTextInGroup(userId, userId, text);
    }

    /** A text message from the user in a chat (group or the user's private chat). Returns the update_id. */
    public long sendTextInGroup(long groupChatId, long userId, String text) {
        return incoming.sendTextInGroup(groupChatId, userId, text);
    }

    /**
     * A file the user sends as a document in their private chat, with an optional caption. The bot can fetch it
     * with getFile and {@code GET /file/bot<token>/<file_path>}. Returns the update_id.
     */
    public long sendDocumentFromUser(long userId, String fileName, byte[] content, String caption) {
        return incoming.sendDocumentInChat(userId, userId, fileName, content, caption);
    }

    /** A file the user sends as a document in a chat (a group or the user's private chat). Returns the update_id. */
    public long sendDocumentInChat(long chatId, long userId, String fileName, byte[] content, String caption) {
        return incoming.sendDocumentInChat(chatId, userId, fileName, content, caption);
    }

    /**
     * The user taps an inline button. The message must be a known, not deleted bot message that currently shows a
     * button with this callback_data (use {@link #forgeCallbackQuery} for anything else). Returns the update_id.
     */
    public long tapButton(long userId, long chatId, int messageId, String callbackData) {
        return incoming.tapButton(userId, chatId, messageId, callbackData);
    }

    /** Taps the first button whose label contains {@code labelContains} on that message. Returns the update_id. */
    public long tapButton(long userId, SentMessage message, String labelContains) {
        return incoming.tapButton(userId, message, labelContains);
    }

    /** A callback_query update without checking that such a button exists (stale or forged data). */
    public long forgeCallbackQuery(long userId, long chatId, int messageId, String callbackData) {
        return incoming.forgeCallbackQuery(userId, chatId, messageId, callbackData);
    }

    /** Enqueues an arbitrary update, e.g. {@code sendRawUpdate("my_chat_member", payload)}. Returns the update_id. */
    public long sendRawUpdate(String type, ObjectNode payload) {
        return incoming.sendRawUpdate(type, payload);
    }

    /** Enqueues an exact copy of an earlier update (same update_id), delivered by the next getUpdates even if confirmed. */
    public void redeliver(long updateId) {
        incoming.redeliver(updateId);
    }

    /** True when every queued update (including redelivered copies) has been confirmed by a later getUpdates offset. */
    public boolean allUpdatesConfirmed() {
        return inspection.allUpdatesConfirmed();
    }

    public void awaitAllUpdatesConfirmed(Duration timeout) {
        inspection.awaitAllUpdatesConfirmed(timeout);
    }

    // ------------------------------------------------------------------ webhook delivery

    /**
     * Plays Telegram's webhook delivery behind a load balancer: pending updates are POSTed as JSON, one at a time,
     * to these targets in turn (round robin), with {@code secret} (if not null) in
     * {@code X-Telegram-Bot-Api-Secret-Token}. A 2xx answer confirms the update; any other answer or a connection
     * failure leaves it pending, and it is tried again after {@link #webhookRetryDelay(Duration)} on the next
     * target, as Telegram retries a webhook. Without targets given here, updates go to the URL the bot gave to
     * setWebhook (with its secret_token) while one is set; an empty list returns to that. Updates are delivered
     * to targets given here whether or not the bot called setWebhook (getUpdates answers 409 only while it did).
     */
    public void deliverTo(List<URI> targets, String secret) {
        webhook.deliverTo(targets, secret);
    }

    /** How long a refused webhook delivery waits before it is tried again (default 250 ms). */
    public void webhookRetryDelay(Duration delay) {
        webhook.retryDelay(delay);
    }

    /** While paused, updates wait (unconfirmed) instead of being posted to the webhook targets. */
    public void pauseWebhookDelivery(boolean paused) {
        webhook.pause(paused);
    }

    /** Every webhook POST so far, in order. */
    public List<WebhookDelivery> webhookDeliveries() {
        return webhook.deliveries();
    }

    /**
     * Sends a copy of an earlier update (same update_id) to every current webhook target at the same moment, as
     * when Telegram retries an update whose first delivery it believes failed and the load balancer picks another
     * instance. Returns the HTTP statuses in target order (-1: not reachable).
     */
    public List<Integer> redeliverToAll(long updateId) {
        return webhook.redeliverToAll(updateId);
    }

    // ------------------------------------------------------------------ inspection

    /** The bot's messages in that chat, in send order, reflecting edits and deletions. */
    public List<SentMessage> messagesIn(long chatId) {
        return inspection.messagesIn(chatId);
    }

    /** The uploaded bytes of the bot's last photo in that chat; AssertionError if it sent no uploaded photo. */
    public byte[] lastPhotoBytes(long chatId) {
        return inspection.lastPhotoBytes(chatId);
    }

    /** The bot's last uploaded document in that chat; AssertionError if it sent none. */
    public SentFile lastDocument(long chatId) {
        return inspection.lastDocument(chatId);
    }

    /** The bot's uploaded documents in that chat, in send order. */
    public List<SentFile> documentsIn(long chatId) {
        return inspection.documentsIn(chatId);
    }

    /** Number of messages the bot sent to that chat (deleted ones included). */
    public int messageCount(long chatId) {
        return inspection.messageCount(chatId);
    }

    /** The bot's last message in that chat; AssertionError if there is none. */
    public SentMessage lastMessageIn(long chatId) {
        return inspection.lastMessageIn(chatId);
    }

    /** Waits until the chat has at least {@code count} bot messages and returns the count-th (1-based). */
    public SentMessage awaitMessageCount(long chatId, int count, Duration timeout) {
        return inspection.awaitMessageCount(chatId, count, timeout);
    }

    /** Waits until some bot message in the chat (current state, edits included) matches. */
    public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition, Duration timeout) {
        return inspection.awaitMessage(chatId, condition, timeout);
    }

    /** Waits for a (non-deleted) bot message whose plain text contains the fragment. */
    public SentMessage awaitMessageContaining(long chatId, String fragment, Duration timeout) {
        return inspection.awaitMessageContaining(chatId, fragment, timeout);
    }

    /** The messages the user sent in that chat, as update JSON "message" objects. */
    public List<JsonNode> userMessagesIn(long chatId) {
        return inspection.userMessagesIn(chatId);
    }

    public List<CallbackAnswer> callbackAnswers() {
        return inspection.callbackAnswers();
    }

    /** Waits for the answerCallbackQuery call answering the callback query carried by that update. */
    public CallbackAnswer awaitCallbackAnswerFor(long updateId, Duration timeout) {
        return inspection.awaitCallbackAnswerFor(updateId, timeout);
    }

    /** Every request, in arrival order of completion. */
    public List<ApiCall> calls() {
        return inspection.calls();
    }

    /** Calls of one method (case-insensitive). */
    public List<ApiCall> calls(String method) {
        return inspection.calls(method);
    }

    /** Downloads of user files ({@code GET /file/bot<token>/<file_path>}), as file paths, in order. */
    public List<String> fileDownloads() {
        return inspection.fileDownloads();
    }

    /**
     * Calls answered with ok=false, except deliberately injected faults (failNext, blockBy, enforceRateLimits) and
     * getUpdates requests terminated by a newer getUpdates (see {@link #conflictingPolls()}). Tests assert this is empty.
     */
    public List<ApiCall> rejectedCalls() {
        return inspection.rejectedCalls();
    }

    /** Throws an AssertionError listing the rejected calls, if any. */
    public void assertNoRejectedCalls() {
        inspection.assertNoRejectedCalls();
    }

    /** setMyCommands for the default scope, per language_code ("" = no language). */
    public Map<String, List<BotCommandRecord>> commandsByLanguage() {
        return inspection.commandsByLanguage();
    }

    /** setMyCommands per scope (key: scope JSON without nulls, or "default") and language_code. */
    public Map<String, Map<String, List<BotCommandRecord>>> commandsByScope() {
        return inspection.commandsByScope();
    }

    /** The webhook URL set by setWebhook ("" when none). */
    public String webhookUrl() {
        return inspection.webhookUrl();
    }

    /** Number of 429 answers served (failNext and rate limits). */
    public int tooManyRequestsServed() {
        return inspection.tooManyRequestsServed();
    }

    /** getUpdates requests terminated with 409 because a newer getUpdates arrived (two pollers). */
    public int conflictingPolls() {
        return inspection.conflictingPolls();
    }

    /** {@link System#nanoTime()} when the update was queued; -1 if it is unknown (or dropped by a reset). */
    public long queuedNanos(long updateId) {
        return inspection.queuedNanos(updateId);
    }

    /** {@link System#nanoTime()} when each bot message in that chat was accepted, in send order. */
    public long[] messageNanos(long chatId) {
        return inspection.messageNanos(chatId);
    }

    /** Bot messages accepted in all chats together. */
    public int totalMessageCount() {
        return inspection.totalMessageCount();
    }

    /** Human-readable transcript of a chat: user messages and bot messages interleaved by message id. */
    public String transcript(long chatId) {
        return inspection.transcript(chatId);
    }

    // ------------------------------------------------------------------ a chat client's view (the playground)

    /** Message dates and call times come from this clock from now on (default: the system clock). */
    public void useClock(Clock clock) {
        synchronized (state) {
            state.clock = clock;
        }
    }

    /**
     * Bounds what is kept, for a long-running emulator: at most {@code messagesPerChat} bot and as many user
     * messages per chat, and {@code calls} recorded calls (confirmed updates and answered queries are forgotten
     * too); older ones are dropped. 0 = no bound (the default).
     */
    public void limitState(int messagesPerChat, int calls) {
        synchronized (state) {
            state.maxMessagesPerChat = messagesPerChat;
            state.maxCalls = calls;
        }
    }

    /**
     * Bounds the files kept, for a long-running emulator: at most {@code files} documents users sent, of at most
     * {@code bytes} together (older ones are forgotten: getFile answers "invalid file_id"; the newest is always
     * kept), and as many bot uploads keep their bytes for {@link #botFile}. 0 = no bound (the default).
     */
    public void limitFiles(int files, long bytes) {
        synchronized (state) {
            state.maxFiles = files;
            state.maxFileBytes = bytes;
            state.boundUserFiles();
            state.boundBotFiles();
        }
    }

    /** The chat's version: it goes up on every change in the chat (0 for an unknown chat). */
    public long chatVersion(long chatId) {
        return views.version(chatId);
    }

    /** The chat's messages (bot's and users', by id) and the toasts newer than version {@code toastsAfter}. */
    public ChatView chatView(long chatId, long toastsAfter) {
        return views.view(chatId, toastsAfter);
    }

    /** Waits up to {@code timeout} for the chat's version to pass {@code since}; then (or on timeout) its view. */
    public ChatView awaitChatChange(long chatId, long since, Duration timeout) {
        return views.await(chatId, since, timeout);
    }

    /** A file the bot uploaded, by the number a {@link ChatEntry} gives. */
    public Optional<BotFile> botFile(long fileNumber) {
        return views.botFile(fileNumber);
    }

    /** Recorded calls from that index on; indexes count every call since the start, dropped ones included. */
    public List<IndexedCall> callsSince(long index) {
        return views.callsSince(index);
    }

    /** Whether a user with that id is registered. */
    public boolean hasUser(long userId) {
        synchronized (state) {
            return state.users.containsKey(userId);
        }
    }

    // ------------------------------------------------------------------ fault switches

    /**
     * The next {@code times} calls of {@code method} (case-insensitive; "*" = any method) fail with that error.
     * description null → Telegram's usual text for the code. retryAfter (may be null) goes to parameters.retry_after.
     */
    public void failNext(String method, int times, int errorCode, String description, Integer retryAfter) {
        faults.failNext(method, times, errorCode, description, retryAfter);
    }

    /** Like {@link #failNext}, after letting the next {@code passing} calls of {@code method} through. */
    public void failAfter(String method, int passing, int times, int errorCode, String description) {
        faults.failAfter(method, passing, times, errorCode, description);
    }

    /**
     * The next {@code times} requests of {@code method} ("*" = any) get no answer: the connection is closed as soon
     * as the request has been read, as when a proxy or the network times out. Recorded as calls with status 0.
     */
    public void disconnectNext(String method, int times) {
        faults.disconnectNext(method, times);
    }

    /**
     * What a gateway in front of the Bot API answers instead of it: a status with a body that is not the Bot API's
     * JSON ({@code processed}: the request reached the Bot API and was carried out first, e.g. a 200 whose answer
     * came back garbled), or, with {@code stall}, no answer at all until that long has passed (beyond the
     * client's timeout: the request is not carried out).
     */
    public record GatewayFault(int status, String contentType, String body, boolean processed, Duration stall) {

        /** 502 with nginx's HTML page; the request never reached the Bot API. */
        public static GatewayFault badGateway() {
            return new GatewayFault(502, "text/html", "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                    + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
                    + "</body>\r\n</html>\r\n", false, Duration.ZERO);
        }

        /** 200 with a proxy's maintenance page instead of the Bot API's answer; the request never reached it. */
        public static GatewayFault maintenancePage() {
            return new GatewayFault(200, "text/html", "<html><body><h1>Sedang dalam pemeliharaan</h1></body></html>",
                    false, Duration.ZERO);
        }

        /** No answer for this long; the request is not carried out. */
        public static GatewayFault stall(Duration stall) {
            return new GatewayFault(0, null, null, false, stall);
        }
    }

    /** The next {@code times} calls of {@code method} ("*" = any) get this gateway's answer (an injected fault). */
    public void gatewayFaultNext(String method, int times, GatewayFault fault) {
        faults.gatewayFaultNext(method, times, fault);
    }

    /** Sends to this user's private chat answer 403 "Forbidden: bot was blocked by the user". */
    public void blockBy(long userId) {
        faults.blockBy(userId);
    }

    public void unblockBy(long userId) {
        faults.unblockBy(userId);
    }

    /** Delays every answer except getUpdates by this much. */
    public void delayResponses(Duration delay) {
        faults.delayResponses(delay);
    }

    /** More than 30 messages/s overall or 1 message/s per chat (sliding windows) answer 429. */
    public void enforceRateLimits(boolean enforce) {
        faults.enforceRateLimits(enforce);
    }

    /** How long a callback query can be answered (default 15 s). */
    public void callbackQueryTimeout(Duration timeout) {
        synchronized (state) {
            state.callbackQueryTimeout = timeout;
        }
    }

    /** Strict mode (default): a bare '&' in HTML is rejected. Telegram itself keeps it as text. */
    public void strictAmpersand(boolean strict) {
        synchronized (state) {
            state.strictAmpersand = strict;
        }
    }

    // ------------------------------------------------------------------ reset

    /**
     * Forgets messages, calls, callback answers, faults, delays and rate-limit state, and drops pending updates.
     * Keeps registered users and groups, bot commands, the webhook and webhook targets. Ids keep increasing.
     */
    public void reset() {
        synchronized (state) {
            state.reset();
            faults.reset();
            webhook.reset();
            state.notifyAll();
        }
    }

    /** {@link #reset()} plus users, groups, commands, webhook and allowed_updates. */
    public void resetAll() {
        synchronized (state) {
            reset();
            state.resetAll();
            webhook.resetAll();
        }
    }
}
