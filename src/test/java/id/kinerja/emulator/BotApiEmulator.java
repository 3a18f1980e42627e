package id.kinerja.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * In-process emulator of the Telegram Bot API subset the Kinerja bot uses. It validates every request
 * against the official API description ({@code bot-api-spec.json}) and answers errors with Telegram's
 * shape and wording. See {@code BotApiEmulatorTest} for usage with the real OkHttpTelegramClient.
 *
 * <p>Thread-safe: all state is guarded by one monitor, which also serves wait/notify for long polling
 * and the {@code await*} helpers.
 */
public final class BotApiEmulator implements AutoCloseable {

    static {
        // Must be set before the first HttpServer is created, otherwise every response waits for a delayed ACK.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String TOKEN = "123456:TEST-token-for-the-emulator";
    public static final long BOT_ID = 7000000001L;
    public static final String BOT_USERNAME = "kinerja_test_bot";
    public static final String BOT_FIRST_NAME = "Kinerja Bot";

    public static final int MAX_TEXT_LENGTH = 4096;
    public static final int MAX_CAPTION_LENGTH = 1024;
    public static final int MAX_CALLBACK_DATA_BYTES = 64;
    public static final int MAX_CALLBACK_ANSWER_LENGTH = 200;

    static final String NOT_MODIFIED = "Bad Request: message is not modified: specified new message content and reply"
            + " markup are exactly the same as a current content and reply markup of the message";
    static final String QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid";
    static final String CONFLICT_OTHER_POLL = "Conflict: terminated by other getUpdates request; make sure that only one"
            + " bot instance is running";
    static final String CONFLICT_WEBHOOK = "Conflict: can't use getUpdates method while webhook is active; use"
            + " deleteWebhook to delete the webhook first";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> PRIMITIVES = Set.of("Integer", "String", "Boolean", "True", "Float", "InputFile");
    private static final Set<String> IMPLEMENTED = Set.of("getMe", "getUpdates", "sendMessage", "editMessageText",
            "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands", "getMyCommands", "deleteMessage",
            "setWebhook", "deleteWebhook", "getWebhookInfo", "sendPhoto", "sendDocument", "getFile");
    /** Bots may download files of at most 20 MB (getFile answers "file is too big" above that). */
    static final int MAX_DOWNLOAD = 20 * 1024 * 1024;
    private static final Set<String> SEND_METHODS = Set.of("sendMessage", "sendPhoto", "sendDocument");
    private static final Set<String> DEFAULT_ALLOWED_UPDATES_EXCLUDED = Set.of("chat_member", "message_reaction",
            "message_reaction_count");
    private static final Set<String> BUTTON_ACTIONS = Set.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
            "callback_game", "pay");
    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final String token;
    private final ApiSpec spec = ApiSpec.shared();
    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();

    // ---- state, guarded by lock ----
    private final Map<Long, UserInfo> users = new HashMap<>();
    private final Map<Long, ChatState> chats = new LinkedHashMap<>();
    private final List<UpdateEntry> updates = new ArrayList<>();
    private long nextUpdateId = 100_000_001L;
    private long nextQueryId = 4_200_000_000_000_001L;
    private final Map<String, QueryState> queries = new HashMap<>();
    private final List<CallbackAnswer> answers = new ArrayList<>();
    private final List<ApiCall> calls = new ArrayList<>();
    /** Files users sent, by file_id. */
    private final Map<String, StoredFile> files = new HashMap<>();
    private final Map<String, Map<String, List<BotCommandRecord>>> commands = new TreeMap<>();
    private final List<FailRule> failRules = new ArrayList<>();
    private final List<FailRule> disconnectRules = new ArrayList<>();
    private final List<GatewayRule> gatewayRules = new ArrayList<>();
    private boolean deliveryPaused;
    private final Set<Long> blockedUsers = new HashSet<>();
    private Duration responseDelay = Duration.ZERO;
    private boolean rateLimits;
    private final Deque<Long> globalSends = new ArrayDeque<>();
    private final Map<Long, Deque<Long>> chatSends = new HashMap<>();
    private int tooManyRequestsServed;
    private int conflictingPolls;
    private Set<String> allowedUpdates;
    private String webhookUrl = "";
    private ObjectNode webhookParams;
    private long pollGeneration;
    private boolean closed;
    private Duration callbackQueryTimeout = Duration.ofSeconds(15);
    private boolean strictAmpersand = true;
    // webhook delivery (see deliverTo)
    private List<URI> deliveryTargets = List.of();
    private String deliverySecret;
    private int nextTarget;
    private Duration webhookRetryDelay = Duration.ofMillis(250);
    private final List<WebhookDelivery> deliveries = new ArrayList<>();
    private Thread deliveryThread;
    private HttpClient webhookClient;

    // ------------------------------------------------------------------ lifecycle

    private BotApiEmulator(String token) {
        this.token = token;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bot-api-emulator-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Starts an emulator with {@link #TOKEN} on 127.0.0.1 and a free port. */
    public static BotApiEmulator start() {
        return start(TOKEN);
    }

    public static BotApiEmulator start(String token) {
        return new BotApiEmulator(token);
    }

    public String token() {
        return token;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}: the value for TELEGRAM_API_URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public String botUsername() {
        return BOT_USERNAME;
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
        Thread delivery;
        synchronized (lock) {
            delivery = deliveryThread;
        }
        if (delivery != null) {
            delivery.interrupt();
        }
    }

    // ------------------------------------------------------------------ chats and users

    /** Registers a user and their private chat (chat id == user id). languageCode may be null. */
    public void registerUser(long userId, String firstName, String languageCode) {
        if (userId <= 0) {
            throw new IllegalArgumentException("user ids are positive: " + userId);
        }
        synchronized (lock) {
            users.put(userId, new UserInfo(userId, firstName, languageCode));
            chats.computeIfAbsent(userId, id -> new ChatState(id, "private", null, firstName));
        }
    }

    /** Registers a group chat (negative id, type "group"). */
    public void registerGroup(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("group chat ids are negative: " + chatId);
        }
        synchronized (lock) {
            chats.computeIfAbsent(chatId, id -> new ChatState(id, "group", title, null));
        }
    }

    /** Registers a channel (negative id, type "channel"). */
    public void registerChannel(long chatId, String title) {
        if (chatId >= 0) {
            throw new IllegalArgumentException("channel ids are negative: " + chatId);
        }
        synchronized (lock) {
            chats.computeIfAbsent(chatId, id -> new ChatState(id, "channel", title, null));
        }
    }

    /** A post in a channel (as an update of type channel_post, sent by the channel itself). Returns the update_id. */
    public long postInChannel(long channelId, String text) {
        synchronized (lock) {
            ChatState chat = chats.get(channelId);
            if (chat == null || !"channel".equals(chat.json().path("type").asText())) {
                throw new IllegalStateException("channel " + channelId + " is not registered");
            }
            ObjectNode post = NODES.objectNode();
            post.put("message_id", chat.nextMessageId++);
            post.set("sender_chat", chat.json());
            post.set("chat", chat.json());
            post.put("date", now());
            post.put("text", text);
            chat.incoming.put(post.get("message_id").asInt(), post);
            return enqueue("channel_post", post);
        }
    }

    // ------------------------------------------------------------------ incoming updates

    /** A text message from the user in their private chat; a leading /command gets a bot_command entity. Returns the update_id. */
    public long sendText(long userId, String text) {
        return sendTextInGroup(userId, userId, text);
    }

    /** A text message from the user in a chat (group or the user's private chat). Returns the update_id. */
    public long sendTextInGroup(long groupChatId, long userId, String text) {
        synchronized (lock) {
            UserInfo user = requireUser(userId);
            ChatState chat = chats.get(groupChatId);
            if (chat == null) {
                throw new IllegalStateException("chat " + groupChatId + " is not registered");
            }
            ObjectNode message = NODES.objectNode();
            message.put("message_id", chat.nextMessageId++);
            message.set("from", user.json());
            message.set("chat", chat.json());
            message.put("date", now());
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
            return enqueue("message", message);
        }
    }

    /**
     * A file the user sends as a document in their private chat, with an optional caption. The bot can fetch it
     * with getFile and {@code GET /file/bot<token>/<file_path>}. Returns the update_id.
     */
    public long sendDocumentFromUser(long userId, String fileName, byte[] content, String caption) {
        return sendDocumentInChat(userId, userId, fileName, content, caption);
    }

    /** A file the user sends as a document in a chat (a group or the user's private chat). Returns the update_id. */
    public long sendDocumentInChat(long chatId, long userId, String fileName, byte[] content, String caption) {
        synchronized (lock) {
            UserInfo user = requireUser(userId);
            ChatState chat = chats.get(chatId);
            if (chat == null) {
                throw new IllegalStateException("chat " + chatId + " is not registered");
            }
            int number = files.size() + 1;
            String fileId = "BQAC-emulator-doc-" + chatId + "-" + number + "-" + System.nanoTime();
            String uniqueId = "AgADdoc" + number;
            String extension = fileName != null && fileName.contains(".")
                    ? fileName.substring(fileName.lastIndexOf('.')) : "";
            files.put(fileId, new StoredFile(fileId, uniqueId, "documents/file_" + number + extension, content.clone()));
            ObjectNode message = NODES.objectNode();
            message.put("message_id", chat.nextMessageId++);
            message.set("from", user.json());
            message.set("chat", chat.json());
            message.put("date", now());
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
            return enqueue("message", message);
        }
    }

    /** Downloads of user files ({@code GET /file/bot<token>/<file_path>}), as file paths, in order. */
    public List<String> fileDownloads() {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equals(DOWNLOAD))
                    .map(c -> c.params().path("file_path").asText()).toList();
        }
    }

    /**
     * The user taps an inline button. The message must be a known, not deleted bot message that currently shows a
     * button with this callback_data (use {@link #forgeCallbackQuery} for anything else). Returns the update_id.
     */
    public long tapButton(long userId, long chatId, int messageId, String callbackData) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            MessageState m = chat == null ? null : chat.botMessage(messageId);
            if (m == null || m.deleted) {
                throw new AssertionError("cannot tap a button: no visible bot message " + messageId + " in chat " + chatId
                        + "; transcript:\n" + transcript(chatId));
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

    /** Taps the first button whose label contains {@code labelContains} on that message. Returns the update_id. */
    public long tapButton(long userId, SentMessage message, String labelContains) {
        Button b = message.button(labelContains);
        if (b.callbackData() == null) {
            throw new AssertionError("button \"" + b.text() + "\" has no callback_data");
        }
        return tapButton(userId, message.chatId(), message.messageId(), b.callbackData());
    }

    /** A callback_query update without checking that such a button exists (stale or forged data). */
    public long forgeCallbackQuery(long userId, long chatId, int messageId, String callbackData) {
        synchronized (lock) {
            UserInfo user = requireUser(userId);
            ChatState chat = chats.get(chatId);
            if (chat == null) {
                throw new IllegalStateException("chat " + chatId + " is not registered");
            }
            String queryId = Long.toString(nextQueryId++);
            ObjectNode query = NODES.objectNode();
            query.put("id", queryId);
            query.set("from", user.json());
            MessageState m = chat.botMessage(messageId);
            if (m != null && !m.deleted) {
                query.set("message", messageJson(chat, m));
            } else {
                ObjectNode inaccessible = query.putObject("message");
                inaccessible.set("chat", chat.json());
                inaccessible.put("message_id", messageId);
                inaccessible.put("date", 0);
            }
            query.put("chat_instance", Long.toString(Math.abs(chatId * 7919L + 13)));
            query.put("data", callbackData);
            long updateId = enqueue("callback_query", query);
            queries.put(queryId, new QueryState(queryId, updateId, System.nanoTime()));
            return updateId;
        }
    }

    /** Enqueues an arbitrary update, e.g. {@code sendRawUpdate("my_chat_member", payload)}. Returns the update_id. */
    public long sendRawUpdate(String type, ObjectNode payload) {
        synchronized (lock) {
            return enqueue(type, payload.deepCopy());
        }
    }

    /** Enqueues an exact copy of an earlier update (same update_id), delivered by the next getUpdates even if confirmed. */
    public void redeliver(long updateId) {
        synchronized (lock) {
            UpdateEntry original = updates.stream().filter(u -> u.id == updateId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown update " + updateId));
            updates.add(new UpdateEntry(updateId, original.type, original.json.deepCopy(), true));
            lock.notifyAll();
        }
    }

    /** True when every queued update (including redelivered copies) has been confirmed by a later getUpdates offset. */
    public boolean allUpdatesConfirmed() {
        synchronized (lock) {
            return updates.stream().allMatch(u -> u.confirmed);
        }
    }

    public void awaitAllUpdatesConfirmed(Duration timeout) {
        awaitCondition(timeout, () -> updates.stream().allMatch(u -> u.confirmed),
                () -> "not all updates were confirmed; pending: " + updates.stream().filter(u -> !u.confirmed)
                        .map(u -> u.json.toString()).collect(Collectors.joining("\n")));
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
        synchronized (lock) {
            deliveryTargets = List.copyOf(targets);
            deliverySecret = secret;
            nextTarget = 0;
            lock.notifyAll();
        }
        if (!targets.isEmpty()) {
            startDelivery();
        }
    }

    /** How long a refused webhook delivery waits before it is tried again (default 250 ms). */
    public void webhookRetryDelay(Duration delay) {
        synchronized (lock) {
            webhookRetryDelay = delay;
        }
    }

    /** While paused, updates wait (unconfirmed) instead of being posted to the webhook targets. */
    public void pauseWebhookDelivery(boolean paused) {
        synchronized (lock) {
            deliveryPaused = paused;
            lock.notifyAll();
        }
    }

    /** Every webhook POST so far, in order. */
    public List<WebhookDelivery> webhookDeliveries() {
        synchronized (lock) {
            return List.copyOf(deliveries);
        }
    }

    /**
     * Sends a copy of an earlier update (same update_id) to every current webhook target at the same moment, as
     * when Telegram retries an update whose first delivery it believes failed and the load balancer picks another
     * instance. Returns the HTTP statuses in target order (-1: not reachable).
     */
    public List<Integer> redeliverToAll(long updateId) {
        List<URI> targets;
        String secret;
        byte[] body;
        synchronized (lock) {
            targets = targetsNow();
            if (targets.isEmpty()) {
                throw new IllegalStateException("no webhook targets: call deliverTo or let the bot call setWebhook");
            }
            UpdateEntry original = updates.stream().filter(u -> u.id == updateId).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown update " + updateId));
            secret = secretNow();
            try {
                body = JSON.writeValueAsBytes(original.json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        HttpClient client = webhookClient();
        List<CompletableFuture<WebhookDelivery>> posts = new ArrayList<>();
        for (URI target : targets) {
            posts.add(client.sendAsync(webhookPost(target, secret, body), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> response != null
                            ? new WebhookDelivery(updateId, target, response.statusCode(), null, true, Instant.now())
                            : new WebhookDelivery(updateId, target, -1, String.valueOf(failure), true, Instant.now())));
        }
        List<WebhookDelivery> done = posts.stream().map(CompletableFuture::join).toList();
        synchronized (lock) {
            deliveries.addAll(done);
            lock.notifyAll();
        }
        return done.stream().map(WebhookDelivery::status).toList();
    }

    private List<URI> targetsNow() {
        if (!deliveryTargets.isEmpty()) {
            return deliveryTargets;
        }
        return webhookUrl.isEmpty() ? List.of() : List.of(URI.create(webhookUrl));
    }

    private String secretNow() {
        if (!deliveryTargets.isEmpty()) {
            return deliverySecret;
        }
        String secret = webhookParams == null ? "" : webhookParams.path("secret_token").asText("");
        return secret.isEmpty() ? null : secret;
    }

    private static boolean isLoopbackHttp(String url) {
        // a test relaxation: Telegram wants HTTPS; a bot instance under test speaks plain HTTP on loopback
        return url.startsWith("http://127.0.0.1:") || url.startsWith("http://localhost:");
    }

    private void startDelivery() {
        synchronized (lock) {
            if (deliveryThread != null || closed) {
                return;
            }
            deliveryThread = new Thread(this::deliverUpdates, "bot-api-webhook-delivery");
            deliveryThread.setDaemon(true);
            deliveryThread.start();
        }
    }

    private synchronized HttpClient webhookClient() {
        if (webhookClient == null) {
            webhookClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(2)).build();
        }
        return webhookClient;
    }

    private static HttpRequest webhookPost(URI target, String secret, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return request.build();
    }

    private void deliverUpdates() {
        HttpClient client = webhookClient();
        while (true) {
            UpdateEntry entry;
            URI target;
            String secret;
            byte[] body;
            synchronized (lock) {
                while (true) {
                    if (closed) {
                        return;
                    }
                    List<URI> targets = targetsNow();
                    long now = System.nanoTime();
                    long waitMillis = 1000;
                    entry = null;
                    if (!targets.isEmpty() && !deliveryPaused) {
                        for (UpdateEntry u : updates) {
                            if (u.confirmed) {
                                continue;
                            }
                            if (!isAllowed(u)) {
                                u.confirmed = true; // Telegram never delivers updates of types the bot did not ask for
                                continue;
                            }
                            long untilDue = u.backingOff ? u.retryAtNanos - now : 0;
                            if (untilDue <= 0) {
                                entry = u;
                                break;
                            }
                            waitMillis = Math.min(waitMillis, Math.max(1, untilDue / 1_000_000L));
                        }
                    }
                    if (entry != null) {
                        target = targets.get(Math.floorMod(nextTarget++, targets.size()));
                        secret = secretNow();
                        try {
                            body = JSON.writeValueAsBytes(entry.json);
                        } catch (JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        }
                        break;
                    }
                    try {
                        lock.wait(waitMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            WebhookDelivery delivery;
            try {
                HttpResponse<Void> response = client.send(webhookPost(target, secret, body),
                        HttpResponse.BodyHandlers.discarding());
                delivery = new WebhookDelivery(entry.id, target, response.statusCode(), null, false, Instant.now());
            } catch (IOException e) {
                delivery = new WebhookDelivery(entry.id, target, -1, e.toString(), false, Instant.now());
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                deliveries.add(delivery);
                if (delivery.accepted()) {
                    entry.delivered = true;
                    entry.confirmed = true;
                    entry.backingOff = false;
                } else {
                    entry.backingOff = true;
                    entry.retryAtNanos = System.nanoTime() + webhookRetryDelay.toNanos();
                }
                lock.notifyAll();
            }
        }
    }

    private boolean isAllowed(UpdateEntry u) {
        return allowedUpdates == null ? !DEFAULT_ALLOWED_UPDATES_EXCLUDED.contains(u.type)
                : allowedUpdates.contains(u.type);
    }

    // ------------------------------------------------------------------ inspection

    /** The bot's messages in that chat, in send order, reflecting edits and deletions. */
    public List<SentMessage> messagesIn(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            if (chat == null) {
                return List.of();
            }
            return chat.botMessages.stream().map(m -> m.snapshot(chatId)).toList();
        }
    }

    /** The uploaded bytes of the bot's last photo in that chat; AssertionError if it sent no uploaded photo. */
    public byte[] lastPhotoBytes(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            List<MessageState> messages = chat == null ? List.of() : chat.botMessages;
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

    /** The bot's last uploaded document in that chat; AssertionError if it sent none. */
    public SentFile lastDocument(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            List<MessageState> messages = chat == null ? List.of() : chat.botMessages;
            for (int i = messages.size() - 1; i >= 0; i--) {
                MessageState m = messages.get(i);
                if (m.kind.equals("document") && m.fileBytes != null) {
                    return new SentFile(m.fileName, m.fileBytes.clone());
                }
            }
            throw new AssertionError("the bot uploaded no document to chat " + chatId + diagnostics());
        }
    }

    /** Number of messages the bot sent to that chat (deleted ones included). */
    public int messageCount(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            return chat == null ? 0 : chat.botMessages.size();
        }
    }

    /** The bot's last message in that chat; AssertionError if there is none. */
    public SentMessage lastMessageIn(long chatId) {
        List<SentMessage> messages = messagesIn(chatId);
        if (messages.isEmpty()) {
            throw new AssertionError("the bot sent no message to chat " + chatId + diagnostics());
        }
        return messages.get(messages.size() - 1);
    }

    /** Waits until the chat has at least {@code count} bot messages and returns the count-th (1-based). */
    public SentMessage awaitMessageCount(long chatId, int count, Duration timeout) {
        awaitCondition(timeout, () -> chats.containsKey(chatId) && chats.get(chatId).botMessages.size() >= count,
                () -> "expected at least " + count + " bot message(s) in chat " + chatId + ", transcript:\n"
                        + transcript(chatId));
        return messagesIn(chatId).get(count - 1);
    }

    /** Waits until some bot message in the chat (current state, edits included) matches. */
    public SentMessage awaitMessage(long chatId, Predicate<SentMessage> condition, Duration timeout) {
        SentMessage[] found = new SentMessage[1];
        awaitCondition(timeout, () -> {
            ChatState chat = chats.get(chatId);
            if (chat == null) {
                return false;
            }
            for (MessageState m : chat.botMessages) {
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

    /** Waits for a (non-deleted) bot message whose plain text contains the fragment. */
    public SentMessage awaitMessageContaining(long chatId, String fragment, Duration timeout) {
        return awaitMessage(chatId, m -> !m.deleted() && m.plainText().contains(fragment), timeout);
    }

    /** The messages the user sent in that chat, as update JSON "message" objects. */
    public List<JsonNode> userMessagesIn(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            return chat == null ? List.of() : List.copyOf(chat.incoming.values());
        }
    }

    public List<CallbackAnswer> callbackAnswers() {
        synchronized (lock) {
            return List.copyOf(answers);
        }
    }

    /** Waits for the answerCallbackQuery call answering the callback query carried by that update. */
    public CallbackAnswer awaitCallbackAnswerFor(long updateId, Duration timeout) {
        CallbackAnswer[] found = new CallbackAnswer[1];
        awaitCondition(timeout, () -> {
            for (CallbackAnswer a : answers) {
                if (a.updateId() == updateId) {
                    found[0] = a;
                    return true;
                }
            }
            return false;
        }, () -> "no answerCallbackQuery for the callback query of update " + updateId + "; answers: " + answers);
        return found[0];
    }

    /** Every request, in arrival order of completion. */
    public List<ApiCall> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    /** Calls of one method (case-insensitive). */
    public List<ApiCall> calls(String method) {
        synchronized (lock) {
            return calls.stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
        }
    }

    /**
     * Calls answered with ok=false, except deliberately injected faults (failNext, blockBy, enforceRateLimits) and
     * getUpdates requests terminated by a newer getUpdates (see {@link #conflictingPolls()}). Tests assert this is empty.
     */
    public List<ApiCall> rejectedCalls() {
        synchronized (lock) {
            return calls.stream().filter(c -> !c.ok() && !c.injectedFault()
                    && !CONFLICT_OTHER_POLL.equals(c.errorDescription())).toList();
        }
    }

    /** Throws an AssertionError listing the rejected calls, if any. */
    public void assertNoRejectedCalls() {
        List<ApiCall> rejected = rejectedCalls();
        if (!rejected.isEmpty()) {
            throw new AssertionError("the emulator rejected " + rejected.size() + " call(s):\n"
                    + rejected.stream().map(ApiCall::toString).collect(Collectors.joining("\n")));
        }
    }

    /** setMyCommands for the default scope, per language_code ("" = no language). */
    public Map<String, List<BotCommandRecord>> commandsByLanguage() {
        synchronized (lock) {
            return Map.copyOf(commands.getOrDefault("default", Map.of()));
        }
    }

    /** setMyCommands per scope (key: scope JSON without nulls, or "default") and language_code. */
    public Map<String, Map<String, List<BotCommandRecord>>> commandsByScope() {
        synchronized (lock) {
            Map<String, Map<String, List<BotCommandRecord>>> copy = new TreeMap<>();
            commands.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
            return copy;
        }
    }

    /** The webhook URL set by setWebhook ("" when none). */
    public String webhookUrl() {
        synchronized (lock) {
            return webhookUrl;
        }
    }

    /** Number of 429 answers served (failNext and rate limits). */
    public int tooManyRequestsServed() {
        synchronized (lock) {
            return tooManyRequestsServed;
        }
    }

    /** getUpdates requests terminated with 409 because a newer getUpdates arrived (two pollers). */
    public int conflictingPolls() {
        synchronized (lock) {
            return conflictingPolls;
        }
    }

    // ------------------------------------------------------------------ timing (benchmark)

    /** Registers users {@code firstUserId .. firstUserId + count - 1} named "User <id>", each with a private chat. */
    public void registerUsers(long firstUserId, int count, String languageCode) {
        for (long id = firstUserId; id < firstUserId + count; id++) {
            registerUser(id, "User " + id, languageCode);
        }
    }

    /** {@link System#nanoTime()} when the update was queued; -1 if it is unknown (or dropped by a reset). */
    public long queuedNanos(long updateId) {
        synchronized (lock) {
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

    /** {@link System#nanoTime()} when each bot message in that chat was accepted, in send order. */
    public long[] messageNanos(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
            return chat == null ? new long[0] : chat.botMessages.stream().mapToLong(m -> m.sentNanos).toArray();
        }
    }

    /** Bot messages accepted in all chats together. */
    public int totalMessageCount() {
        synchronized (lock) {
            return chats.values().stream().mapToInt(c -> c.botMessages.size()).sum();
        }
    }

    /** Human-readable transcript of a chat: user messages and bot messages interleaved by message id. */
    public String transcript(long chatId) {
        synchronized (lock) {
            ChatState chat = chats.get(chatId);
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

    // ------------------------------------------------------------------ fault switches

    /**
     * The next {@code times} calls of {@code method} (case-insensitive; "*" = any method) fail with that error.
     * description null → Telegram's usual text for the code. retryAfter (may be null) goes to parameters.retry_after.
     */
    public void failNext(String method, int times, int errorCode, String description, Integer retryAfter) {
        String desc = description != null ? description : switch (errorCode) {
            case 429 -> "Too Many Requests: retry after " + (retryAfter == null ? 1 : retryAfter);
            case 403 -> "Forbidden: bot was blocked by the user";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 409 -> CONFLICT_OTHER_POLL;
            case 502 -> "Bad Gateway";
            default -> "Internal Server Error";
        };
        synchronized (lock) {
            failRules.add(new FailRule(method, times, errorCode, desc, retryAfter));
        }
    }

    /** Like {@link #failNext}, after letting the next {@code passing} calls of {@code method} through. */
    public void failAfter(String method, int passing, int times, int errorCode, String description) {
        failNext(method, times, errorCode, description, null);
        synchronized (lock) {
            failRules.get(failRules.size() - 1).passing = passing;
        }
    }

    /**
     * The next {@code times} requests of {@code method} ("*" = any) get no answer: the connection is closed as soon
     * as the request has been read, as when a proxy or the network times out. Recorded as calls with status 0.
     */
    public void disconnectNext(String method, int times) {
        synchronized (lock) {
            disconnectRules.add(new FailRule(method, times, 0, "connection closed without an answer", null));
        }
    }

    private boolean takeDisconnect(String method) {
        synchronized (lock) {
            for (Iterator<FailRule> it = disconnectRules.iterator(); it.hasNext(); ) {
                FailRule rule = it.next();
                if (rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    return true;
                }
            }
            return false;
        }
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
        synchronized (lock) {
            gatewayRules.add(new GatewayRule(method == null ? "*" : method, times, fault));
        }
    }

    private static final class GatewayRule {
        final String method;
        int remaining;
        final GatewayFault fault;

        GatewayRule(String method, int remaining, GatewayFault fault) {
            this.method = method;
            this.remaining = remaining;
            this.fault = fault;
        }
    }

    private GatewayFault takeGatewayFault(String method) {
        synchronized (lock) {
            for (Iterator<GatewayRule> it = gatewayRules.iterator(); it.hasNext(); ) {
                GatewayRule rule = it.next();
                if (rule.method.equals("*") || rule.method.equalsIgnoreCase(method)) {
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    return rule.fault;
                }
            }
            return null;
        }
    }

    private void answerAsGateway(HttpExchange exchange, Request request, GatewayFault fault) throws IOException {
        if (fault.processed()) {
            try {
                process(request);
            } catch (ApiError e) {
                // the garbled answer hides the Bot API's refusal as well
            }
        }
        synchronized (lock) {
            calls.add(new ApiCall(request.method, request.params, fault.status(), "gateway: " + (fault.stall().isZero()
                    ? fault.status() + " " + fault.contentType() : "no answer for " + fault.stall()), true, Instant.now()));
            lock.notifyAll();
        }
        if (!fault.stall().isZero()) {
            try {
                Thread.sleep(fault.stall().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return; // closing the exchange before any response header drops the connection
        }
        byte[] bytes = fault.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", fault.contentType());
        exchange.sendResponseHeaders(fault.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Sends to this user's private chat answer 403 "Forbidden: bot was blocked by the user". */
    public void blockBy(long userId) {
        synchronized (lock) {
            blockedUsers.add(userId);
        }
    }

    public void unblockBy(long userId) {
        synchronized (lock) {
            blockedUsers.remove(userId);
        }
    }

    /** Delays every answer except getUpdates by this much. */
    public void delayResponses(Duration delay) {
        synchronized (lock) {
            responseDelay = delay == null ? Duration.ZERO : delay;
        }
    }

    /** More than 30 messages/s overall or 1 message/s per chat (sliding windows) answer 429. */
    public void enforceRateLimits(boolean enforce) {
        synchronized (lock) {
            rateLimits = enforce;
            globalSends.clear();
            chatSends.clear();
        }
    }

    /** How long a callback query can be answered (default 15 s). */
    public void callbackQueryTimeout(Duration timeout) {
        synchronized (lock) {
            callbackQueryTimeout = timeout;
        }
    }

    /** Strict mode (default): a bare '&' in HTML is rejected. Telegram itself keeps it as text. */
    public void strictAmpersand(boolean strict) {
        synchronized (lock) {
            strictAmpersand = strict;
        }
    }

    // ------------------------------------------------------------------ reset

    /**
     * Forgets messages, calls, callback answers, faults, delays and rate-limit state, and drops pending updates.
     * Keeps registered users and groups, bot commands, the webhook and webhook targets. Ids keep increasing.
     */
    public void reset() {
        synchronized (lock) {
            chats.values().forEach(c -> {
                c.botMessages.clear();
                c.incoming.clear();
            });
            updates.clear();
            queries.clear();
            answers.clear();
            calls.clear();
            files.clear();
            failRules.clear();
            disconnectRules.clear();
            gatewayRules.clear();
            deliveryPaused = false;
            blockedUsers.clear();
            responseDelay = Duration.ZERO;
            rateLimits = false;
            globalSends.clear();
            chatSends.clear();
            tooManyRequestsServed = 0;
            conflictingPolls = 0;
            deliveries.clear();
            lock.notifyAll();
        }
    }

    /** {@link #reset()} plus users, groups, commands, webhook and allowed_updates. */
    public void resetAll() {
        synchronized (lock) {
            reset();
            users.clear();
            chats.clear();
            commands.clear();
            webhookUrl = "";
            webhookParams = null;
            allowedUpdates = null;
            deliveryTargets = List.of();
            deliverySecret = null;
        }
    }

    // ------------------------------------------------------------------ HTTP

    /** The pseudo-method under which file downloads are recorded in {@link #calls()}. */
    public static final String DOWNLOAD = "downloadFile";

    private void handle(HttpExchange exchange) {
        if (exchange.getRequestURI().getRawPath().startsWith("/file/")) {
            download(exchange);
            return;
        }
        try (exchange) {
            Answer answer;
            String path = exchange.getRequestURI().getRawPath();
            String method = path.substring(path.lastIndexOf('/') + 1);
            JsonNode params = NODES.objectNode();
            try {
                Request request = parseRequest(exchange);
                method = request.method;
                params = request.params;
                if (takeDisconnect(request.method)) {
                    synchronized (lock) {
                        calls.add(new ApiCall(method, params, 0, "connection closed without an answer", true,
                                Instant.now()));
                        lock.notifyAll();
                    }
                    return; // closing the exchange before any response header drops the connection
                }
                GatewayFault gateway = takeGatewayFault(request.method);
                if (gateway != null) {
                    answerAsGateway(exchange, request, gateway);
                    return;
                }
                answer = process(request);
            } catch (ApiError e) {
                if (e.request != null) {
                    method = e.request.method;
                    params = e.request.params;
                }
                answer = Answer.error(e);
            } catch (RuntimeException | Error e) {
                answer = Answer.error(new ApiError(500, "Internal Server Error: emulator failure: " + e, null, false));
            }
            Duration delay;
            synchronized (lock) {
                calls.add(new ApiCall(method, params, answer.status, answer.error, answer.injected, Instant.now()));
                if (answer.status == 429) {
                    tooManyRequestsServed++;
                }
                if (CONFLICT_OTHER_POLL.equals(answer.error)) {
                    conflictingPolls++;
                }
                delay = "getUpdates".equals(method) ? Duration.ZERO : responseDelay;
                lock.notifyAll();
            }
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(answer.body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // client went away (e.g. long poll abandoned on shutdown)
        }
    }

    /** {@code GET /file/bot<token>/<file_path>}: the bytes of a file users sent, as Telegram serves them. */
    private void download(HttpExchange exchange) {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String rest = path.substring("/file/".length());
            int slash = rest.indexOf('/');
            String tok = slash < 0 || !rest.startsWith("bot") ? null
                    : URLDecoder.decode(rest.substring(3, slash), StandardCharsets.UTF_8);
            String filePath = slash < 0 ? "" : URLDecoder.decode(rest.substring(slash + 1), StandardCharsets.UTF_8);
            byte[] body;
            int status;
            synchronized (lock) {
                StoredFile file = files.values().stream().filter(f -> f.path().equals(filePath)).findFirst()
                        .orElse(null);
                if (!"GET".equals(exchange.getRequestMethod())) {
                    status = 405;
                } else if (!token.equals(tok)) {
                    status = 401;
                } else if (file == null) {
                    status = 404;
                } else {
                    status = 200;
                }
                body = status == 200 ? file.content() : "Not Found".getBytes(StandardCharsets.UTF_8);
                ObjectNode params = NODES.objectNode().put("file_path", filePath);
                calls.add(new ApiCall(DOWNLOAD, params, status, status == 200 ? null : "download answered " + status,
                        false, Instant.now()));
                lock.notifyAll();
            }
            exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/octet-stream" : "text/plain");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (IOException e) {
            // client went away
        }
    }

    private JsonNode getFile(ObjectNode p) {
        StoredFile file = files.get(p.path("file_id").asText());
        if (file == null) {
            throw new ApiError(400, "Bad Request: invalid file_id", null, false);
        }
        if (file.content().length > MAX_DOWNLOAD) {
            throw new ApiError(400, "Bad Request: file is too big", null, false);
        }
        ObjectNode result = NODES.objectNode();
        result.put("file_id", file.fileId()).put("file_unique_id", file.uniqueId())
                .put("file_size", file.content().length).put("file_path", file.path());
        return result;
    }

    private Request parseRequest(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (!path.startsWith("/bot")) {
            throw new ApiError(404, "Not Found", null, false);
        }
        String rest = path.substring(4);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new ApiError(404, "Not Found", null, false);
        }
        String tok = URLDecoder.decode(rest.substring(0, slash), StandardCharsets.UTF_8);
        String methodName = rest.substring(slash + 1);
        if (!tok.equals(token)) {
            throw new ApiError(401, "Unauthorized", null, false);
        }
        ApiSpec.Method method = spec.method(methodName);
        if (method == null) {
            throw new ApiError(404, "Not Found", null, false);
        }
        ObjectNode raw = NODES.objectNode();
        Map<String, String> attachments = new HashMap<>();
        Map<String, byte[]> attachmentContents = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parseUrlEncoded(query, raw);
        }
        byte[] body = exchange.getRequestBody().readAllBytes();
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0) {
            if (ct.startsWith("application/json")) {
                JsonNode json;
                try {
                    json = JSON.readTree(body);
                } catch (IOException e) {
                    throw new ApiError(400, "Bad Request: can't parse JSON object", null, false);
                }
                if (json == null || !json.isObject()) {
                    throw new ApiError(400, "Bad Request: can't parse JSON object", null, false);
                }
                json.fields().forEachRemaining(e -> raw.set(e.getKey(), e.getValue()));
            } else if (ct.startsWith("application/x-www-form-urlencoded")) {
                parseUrlEncoded(new String(body, StandardCharsets.ISO_8859_1), raw);
            } else if (ct.startsWith("multipart/form-data")) {
                Multipart.parse(body, contentType, raw, attachments, attachmentContents);
                Multipart.bindFileParameters(raw, attachments, method.fields().keySet());
            } else {
                throw new ApiError(400, "Bad Request: unsupported Content-Type " + contentType, null, false);
            }
        }
        // The Java library serializes its own "method" property into JSON bodies; Telegram ignores it.
        JsonNode m = raw.get("method");
        if (m != null && m.isTextual() && m.asText().equalsIgnoreCase(methodName)) {
            raw.remove("method");
        }
        Request request = new Request(method.name(), raw, attachments, attachmentContents);
        if (!IMPLEMENTED.contains(method.name())) {
            throw new ApiError(400, "Bad Request: method " + method.name() + " is not implemented by the emulator", null, false)
                    .with(request);
        }
        try {
            request.params = validate(method, raw);
        } catch (ApiError e) {
            throw e.with(request);
        }
        return request;
    }

    private static void parseUrlEncoded(String s, ObjectNode into) {
        for (String pair : s.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            into.put(k, v);
        }
    }

    // ------------------------------------------------------------------ spec validation

    private ObjectNode validate(ApiSpec.Method method, ObjectNode raw) {
        ObjectNode params = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = raw.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            ApiSpec.Field field = method.fields().get(e.getKey());
            if (field == null) {
                throw new ApiError(400, "Bad Request: unknown parameter " + e.getKey(), null, false);
            }
            if (e.getValue() == null || e.getValue().isNull()) {
                continue;
            }
            JsonNode value = coerce(e.getKey(), e.getValue(), field.types());
            params.set(e.getKey(), value);
        }
        for (ApiSpec.Field f : method.fields().values()) {
            if (f.required() && !params.has(f.name())) {
                if (f.name().equals("text")) {
                    throw new ApiError(400, "Bad Request: message text is empty", null, false);
                }
                if (f.name().equals("chat_id")) {
                    throw new ApiError(400, "Bad Request: chat_id is empty", null, false);
                }
                throw new ApiError(400, "Bad Request: " + f.name() + " is required", null, false);
            }
        }
        return params;
    }

    private JsonNode coerce(String path, JsonNode value, List<String> types) {
        String firstFailure = null;
        for (String type : types) {
            try {
                JsonNode v = coerceOne(path, value, type);
                if (v != null) {
                    return v;
                }
            } catch (ApiError e) {
                if (firstFailure == null) {
                    firstFailure = e.description;
                }
            }
        }
        if (firstFailure != null) {
            throw new ApiError(400, firstFailure, null, false);
        }
        throw new ApiError(400, "Bad Request: parameter \"" + path + "\" has wrong type, expected " + String.join(" or ", types),
                null, false);
    }

    /** Returns the normalized value, null if the value is not of this type, or throws with a precise reason. */
    private JsonNode coerceOne(String path, JsonNode v, String type) {
        switch (type) {
            case "Integer":
                if (v.isIntegralNumber()) {
                    return LongNode.valueOf(v.asLong());
                }
                if (v.isTextual() && v.asText().matches("-?\\d{1,19}")) {
                    return LongNode.valueOf(Long.parseLong(v.asText()));
                }
                return null;
            case "Float":
                if (v.isNumber()) {
                    return v;
                }
                if (v.isTextual()) {
                    try {
                        return DoubleNode.valueOf(Double.parseDouble(v.asText()));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
                return null;
            case "String":
                if (v.isTextual()) {
                    return v;
                }
                return v.isNumber() ? TextNode.valueOf(v.asText()) : null;
            case "Boolean":
            case "True":
                if (v.isBoolean()) {
                    return v;
                }
                if (v.isTextual()) {
                    String s = v.asText().toLowerCase(Locale.ROOT);
                    if (s.equals("true") || s.equals("1")) {
                        return BooleanNode.TRUE;
                    }
                    if (s.equals("false") || s.equals("0")) {
                        return BooleanNode.FALSE;
                    }
                }
                return null;
            case "InputFile":
                return v.isTextual() ? v : null;
            default:
                break;
        }
        JsonNode parsed = v;
        if (v.isTextual()) {
            try {
                parsed = JSON.readTree(v.asText());
            } catch (JsonProcessingException e) {
                throw new ApiError(400, "Bad Request: can't parse " + path + " JSON object", null, false);
            }
            if (parsed == null) {
                return null;
            }
        }
        if (type.startsWith("Array of ")) {
            if (!parsed.isArray()) {
                return null;
            }
            String element = type.substring("Array of ".length());
            ArrayNode out = NODES.arrayNode();
            for (int i = 0; i < parsed.size(); i++) {
                JsonNode e = parsed.get(i);
                JsonNode c = coerce(path + "[" + i + "]", e, List.of(element));
                out.add(c);
            }
            return out;
        }
        if (!parsed.isObject()) {
            return null;
        }
        return coerceObject(path, (ObjectNode) parsed, type);
    }

    private JsonNode coerceObject(String path, ObjectNode obj, String typeName) {
        ApiSpec.Type type = spec.type(typeName);
        if (type == null) {
            return obj; // not described in the spec: accept as is
        }
        if (!type.subtypes().isEmpty()) {
            return coerce(path, obj, type.subtypes());
        }
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                continue;
            }
            ApiSpec.Field f = type.fields().get(e.getKey());
            if (f == null) {
                throw new ApiError(400, "Bad Request: can't parse " + path + ": unknown field \"" + e.getKey() + "\" in "
                        + typeName, null, false);
            }
            out.set(e.getKey(), coerce(path + "." + e.getKey(), e.getValue(), f.types()));
        }
        for (ApiSpec.Field f : type.fields().values()) {
            if (f.required() && !out.has(f.name())) {
                throw new ApiError(400, "Bad Request: can't parse " + path + ": field \"" + f.name() + "\" of " + typeName
                        + " is required", null, false);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ dispatch

    private Answer process(Request r) {
        synchronized (lock) {
            for (Iterator<FailRule> it = failRules.iterator(); it.hasNext(); ) {
                FailRule rule = it.next();
                if (rule.method.equals("*") || rule.method.equalsIgnoreCase(r.method)) {
                    if (rule.passing > 0) {
                        rule.passing--;
                        break;
                    }
                    if (--rule.remaining <= 0) {
                        it.remove();
                    }
                    throw new ApiError(rule.code, rule.description, rule.retryAfter, true);
                }
            }
            JsonNode result = switch (r.method) {
                case "getMe" -> botUserJson();
                case "getUpdates" -> getUpdates(r.params);
                case "sendMessage" -> sendMessage(r.params);
                case "sendPhoto" -> sendMedia(r, "photo");
                case "sendDocument" -> sendMedia(r, "document");
                case "editMessageText" -> editMessageText(r.params);
                case "editMessageReplyMarkup" -> editMessageReplyMarkup(r.params);
                case "deleteMessage" -> deleteMessage(r.params);
                case "answerCallbackQuery" -> answerCallbackQuery(r.params);
                case "setMyCommands" -> setMyCommands(r.params);
                case "getMyCommands" -> getMyCommands(r.params);
                case "setWebhook" -> setWebhook(r.params);
                case "deleteWebhook" -> deleteWebhook(r.params);
                case "getWebhookInfo" -> getWebhookInfo();
                case "getFile" -> getFile(r.params);
                default -> throw new IllegalStateException(r.method);
            };
            return Answer.ok(result);
        }
    }

    private JsonNode getUpdates(ObjectNode p) {
        if (!webhookUrl.isEmpty()) {
            throw new ApiError(409, CONFLICT_WEBHOOK, null, false);
        }
        long offset = p.path("offset").asLong(0);
        int limit = (int) Math.max(1, Math.min(100, p.path("limit").asLong(100)));
        long timeoutMillis = Math.max(0, p.path("timeout").asLong(0)) * 1000L;
        if (p.has("allowed_updates")) {
            Set<String> allowed = new HashSet<>();
            p.get("allowed_updates").forEach(a -> allowed.add(a.asText()));
            allowedUpdates = allowed.isEmpty() ? null : allowed;
        }
        long generation = ++pollGeneration;
        lock.notifyAll(); // terminates an older waiting getUpdates
        confirm(offset);
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            if (pollGeneration != generation) {
                throw new ApiError(409, CONFLICT_OTHER_POLL, null, false);
            }
            List<UpdateEntry> deliverable = deliverable(offset, limit);
            long remaining = (deadline - System.nanoTime()) / 1_000_000L;
            if (!deliverable.isEmpty() || closed || remaining <= 0) {
                ArrayNode result = NODES.arrayNode();
                for (UpdateEntry u : deliverable) {
                    u.delivered = true;
                    result.add(u.json.deepCopy());
                }
                return result;
            }
            try {
                lock.wait(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return NODES.arrayNode();
            }
        }
    }

    private void confirm(long offset) {
        if (offset < 0) {
            List<UpdateEntry> pending = updates.stream().filter(u -> !u.confirmed).toList();
            int keep = (int) Math.min(pending.size(), -offset);
            for (int i = 0; i < pending.size() - keep; i++) {
                pending.get(i).confirmed = true;
            }
            return;
        }
        for (UpdateEntry u : updates) {
            if (!u.confirmed && u.id < offset && (!u.forced || u.delivered)) {
                u.confirmed = true;
            }
        }
    }

    private List<UpdateEntry> deliverable(long offset, int limit) {
        List<UpdateEntry> out = new ArrayList<>();
        for (UpdateEntry u : updates) {
            if (u.confirmed || !(offset <= 0 || u.id >= offset || (u.forced && !u.delivered))) {
                continue;
            }
            if (!isAllowed(u)) {
                u.confirmed = true; // Telegram never delivers updates of types the bot did not ask for
                continue;
            }
            if (out.size() < limit) {
                out.add(u);
            }
        }
        return out;
    }

    private JsonNode sendMessage(ObjectNode p) {
        ChatState chat = requireChat(p);
        Formatted f = format(p.path("text").asText(), p.path("parse_mode").asText(null), p.get("entities"), false);
        Markup markup = parseMarkup(p.get("reply_markup"));
        checkReply(chat, p.get("reply_parameters"));
        checkDeliverable(chat);
        MessageState m = new MessageState(chat.nextMessageId++, "text");
        m.apply(p.path("text").asText(), f, p.path("parse_mode").asText(null), markup);
        chat.botMessages.add(m);
        lock.notifyAll();
        return messageJson(chat, m);
    }

    private JsonNode sendMedia(Request r, String kind) {
        ObjectNode p = r.params;
        ChatState chat = requireChat(p);
        String file = p.path(kind).asText();
        if (file.startsWith("attach://") && !r.attachments.containsKey(file.substring("attach://".length()))) {
            throw new ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified (no multipart part named "
                    + file.substring("attach://".length()) + ")", null, false);
        }
        if (file.isEmpty()) {
            throw new ApiError(400, "Bad Request: there is no " + kind + " in the request", null, false);
        }
        String caption = p.path("caption").asText("");
        Formatted f = format(caption, p.path("parse_mode").asText(null), p.get("caption_entities"), true);
        Markup markup = parseMarkup(p.get("reply_markup"));
        checkReply(chat, p.get("reply_parameters"));
        checkDeliverable(chat);
        MessageState m = new MessageState(chat.nextMessageId++, kind);
        m.apply(caption, f, p.path("parse_mode").asText(null), markup);
        m.fileName = r.attachments.get(file.replace("attach://", ""));
        m.fileBytes = r.attachmentContents.get(file.replace("attach://", ""));
        chat.botMessages.add(m);
        lock.notifyAll();
        return messageJson(chat, m);
    }

    private JsonNode editMessageText(ObjectNode p) {
        MessageState m = messageToEdit(p);
        if (!m.kind.equals("text")) {
            throw new ApiError(400, "Bad Request: there is no text in the message to edit", null, false);
        }
        if (!p.has("text")) {
            throw new ApiError(400, "Bad Request: message text is empty", null, false);
        }
        Formatted f = format(p.path("text").asText(), p.path("parse_mode").asText(null), p.get("entities"), false);
        Markup markup = parseMarkup(p.get("reply_markup"));
        if (f.plain.equals(m.plainText) && f.entities.equals(m.entities) && Objects.equals(markup.json, m.markup)) {
            throw new ApiError(400, NOT_MODIFIED, null, false);
        }
        m.apply(p.path("text").asText(), f, p.path("parse_mode").asText(null), markup);
        m.edited = true;
        m.editDate = now();
        lock.notifyAll();
        return messageJson(chats.get(p.path("chat_id").asLong()), m);
    }

    private JsonNode editMessageReplyMarkup(ObjectNode p) {
        MessageState m = messageToEdit(p);
        Markup markup = parseMarkup(p.get("reply_markup"));
        if (Objects.equals(markup.json, m.markup)) {
            throw new ApiError(400, NOT_MODIFIED, null, false);
        }
        m.markup = markup.json;
        m.keyboard = markup.keyboard;
        m.edited = true;
        m.editDate = now();
        lock.notifyAll();
        return messageJson(chats.get(p.path("chat_id").asLong()), m);
    }

    private MessageState messageToEdit(ObjectNode p) {
        if (p.has("inline_message_id")) {
            throw new ApiError(400, "Bad Request: MESSAGE_ID_INVALID", null, false);
        }
        if (!p.has("chat_id")) {
            throw new ApiError(400, "Bad Request: chat_id is empty", null, false);
        }
        ChatState chat = requireChat(p);
        if (!p.has("message_id")) {
            throw new ApiError(400, "Bad Request: message identifier is not specified", null, false);
        }
        MessageState m = chat.botMessage(p.get("message_id").asInt());
        if (m == null || m.deleted) {
            throw new ApiError(400, "Bad Request: message to edit not found", null, false);
        }
        return m;
    }

    private JsonNode deleteMessage(ObjectNode p) {
        ChatState chat = requireChat(p);
        int id = p.path("message_id").asInt();
        MessageState m = chat.botMessage(id);
        if (m != null && !m.deleted) {
            m.deleted = true;
            lock.notifyAll();
            return BooleanNode.TRUE;
        }
        if (chat.incoming.containsKey(id) && chat.deletedIncoming.add(id)) {
            return BooleanNode.TRUE;
        }
        throw new ApiError(400, "Bad Request: message to delete not found", null, false);
    }

    private JsonNode answerCallbackQuery(ObjectNode p) {
        QueryState q = queries.get(p.path("callback_query_id").asText());
        if (q == null || q.answered
                || System.nanoTime() - q.createdNanos > callbackQueryTimeout.toNanos()) {
            throw new ApiError(400, QUERY_TOO_OLD, null, false);
        }
        String text = p.path("text").asText(null);
        if (text != null && text.codePointCount(0, text.length()) > MAX_CALLBACK_ANSWER_LENGTH) {
            throw new ApiError(400, "Bad Request: MESSAGE_TOO_LONG", null, false);
        }
        q.answered = true;
        answers.add(new CallbackAnswer(q.id, q.updateId, text, p.path("show_alert").asBoolean(false),
                p.path("url").asText(null)));
        lock.notifyAll();
        return BooleanNode.TRUE;
    }

    private JsonNode setMyCommands(ObjectNode p) {
        JsonNode list = p.get("commands");
        if (list.size() > 100) {
            throw new ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH", null, false);
        }
        List<BotCommandRecord> records = new ArrayList<>();
        for (JsonNode c : list) {
            String command = c.path("command").asText();
            String description = c.path("description").asText();
            if (!COMMAND.matcher(command).matches()) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_INVALID", null, false);
            }
            if (description.isEmpty() || description.length() > 256) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID", null, false);
            }
            records.add(new BotCommandRecord(command, description));
        }
        String language = languageCode(p);
        commands.computeIfAbsent(scopeKey(p), k -> new TreeMap<>()).put(language, List.copyOf(records));
        return BooleanNode.TRUE;
    }

    private JsonNode getMyCommands(ObjectNode p) {
        List<BotCommandRecord> list = commands.getOrDefault(scopeKey(p), Map.of()).getOrDefault(languageCode(p), List.of());
        ArrayNode out = NODES.arrayNode();
        list.forEach(c -> out.addObject().put("command", c.command()).put("description", c.description()));
        return out;
    }

    private static String languageCode(ObjectNode p) {
        String language = p.path("language_code").asText("");
        if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
            throw new ApiError(400, "Bad Request: invalid language code specified", null, false);
        }
        return language;
    }

    private static String scopeKey(ObjectNode p) {
        JsonNode scope = p.get("scope");
        if (scope == null || scope.path("type").asText("default").equals("default")) {
            return "default";
        }
        return scope.toString();
    }

    private JsonNode setWebhook(ObjectNode p) {
        String url = p.path("url").asText("");
        if (!url.isEmpty() && !url.startsWith("https://") && !isLoopbackHttp(url)) {
            throw new ApiError(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook", null, false);
        }
        String secret = p.path("secret_token").asText("");
        if (!secret.isEmpty() && !secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new ApiError(400, "Bad Request: secret token contains unallowed characters", null, false);
        }
        webhookUrl = url;
        webhookParams = p.deepCopy();
        if (p.has("allowed_updates")) {
            Set<String> allowed = new HashSet<>();
            p.get("allowed_updates").forEach(a -> allowed.add(a.asText()));
            allowedUpdates = allowed.isEmpty() ? null : allowed;
        }
        if (!url.isEmpty()) {
            startDelivery();
        }
        if (p.path("drop_pending_updates").asBoolean(false)) {
            updates.forEach(u -> u.confirmed = true);
        }
        lock.notifyAll();
        return BooleanNode.TRUE;
    }

    private JsonNode deleteWebhook(ObjectNode p) {
        webhookUrl = "";
        webhookParams = null;
        if (p.path("drop_pending_updates").asBoolean(false)) {
            updates.forEach(u -> u.confirmed = true);
        }
        return BooleanNode.TRUE;
    }

    private JsonNode getWebhookInfo() {
        ObjectNode info = NODES.objectNode();
        info.put("url", webhookUrl);
        info.put("has_custom_certificate", false);
        info.put("pending_update_count", updates.stream().filter(u -> !u.confirmed).count());
        if (webhookParams != null) {
            if (webhookParams.has("max_connections")) {
                info.set("max_connections", webhookParams.get("max_connections"));
            }
            if (webhookParams.has("allowed_updates")) {
                info.set("allowed_updates", webhookParams.get("allowed_updates"));
            }
        }
        return info;
    }

    // ------------------------------------------------------------------ checks shared by methods

    private ChatState requireChat(ObjectNode p) {
        JsonNode id = p.get("chat_id");
        ChatState chat = null;
        if (id != null && id.isIntegralNumber()) {
            chat = chats.get(id.asLong());
        } else if (id != null && id.asText().matches("-?\\d{1,19}")) {
            chat = chats.get(Long.parseLong(id.asText()));
        }
        if (chat == null) {
            throw new ApiError(400, "Bad Request: chat not found", null, false);
        }
        return chat;
    }

    private void checkReply(ChatState chat, JsonNode reply) {
        if (reply == null) {
            return;
        }
        int id = reply.path("message_id").asInt();
        boolean exists = chat.incoming.containsKey(id) && !chat.deletedIncoming.contains(id)
                || (chat.botMessage(id) != null && !chat.botMessage(id).deleted);
        if (!exists && !reply.path("allow_sending_without_reply").asBoolean(false)) {
            throw new ApiError(400, "Bad Request: message to be replied not found", null, false);
        }
    }

    /** Blocked user and rate limits: both are injected faults. Records the send on success. */
    private void checkDeliverable(ChatState chat) {
        if (chat.type.equals("private") && blockedUsers.contains(chat.id)) {
            throw new ApiError(403, "Forbidden: bot was blocked by the user", null, true);
        }
        long now = System.nanoTime() / 1_000_000L;
        Deque<Long> perChat = chatSends.computeIfAbsent(chat.id, k -> new ArrayDeque<>());
        if (rateLimits) {
            prune(globalSends, now);
            prune(perChat, now);
            Long oldest = null;
            if (perChat.size() >= 1) {
                oldest = perChat.peekFirst();
            }
            if (globalSends.size() >= 30) {
                oldest = oldest == null ? globalSends.peekFirst() : Math.max(oldest, globalSends.peekFirst());
            }
            if (oldest != null) {
                int retry = (int) Math.max(1, (oldest + 1000 - now + 999) / 1000);
                throw new ApiError(429, "Too Many Requests: retry after " + retry, retry, true);
            }
        }
        perChat.addLast(now);
        globalSends.addLast(now);
        prune(globalSends, now);
        prune(perChat, now);
    }

    private static void prune(Deque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - 1000) {
            window.removeFirst();
        }
    }

    private Formatted format(String text, String parseMode, JsonNode entities, boolean caption) {
        String plain;
        List<TextEntity> list = new ArrayList<>();
        if (parseMode != null && !parseMode.isEmpty()) {
            String mode = parseMode.toLowerCase(Locale.ROOT);
            if (mode.equals("html")) {
                try {
                    TelegramHtml.Parsed parsed = TelegramHtml.parse(text, strictAmpersand);
                    plain = parsed.text();
                    list.addAll(parsed.entities());
                } catch (TelegramHtml.ParseException e) {
                    throw new ApiError(400, "Bad Request: can't parse entities: " + e.getMessage(), null, false);
                }
            } else if (mode.equals("markdown") || mode.equals("markdownv2")) {
                throw new ApiError(400, "Bad Request: parse_mode " + parseMode + " is not implemented by the emulator"
                        + " (use HTML)", null, false);
            } else {
                throw new ApiError(400, "Bad Request: unsupported parse_mode", null, false);
            }
        } else {
            plain = text;
            if (entities != null) {
                for (JsonNode e : entities) {
                    list.add(new TextEntity(e.path("type").asText(), e.path("offset").asInt(), e.path("length").asInt(),
                            e.path("url").asText(null), e.path("language").asText(null)));
                }
            }
        }
        // Telegram strips leading and trailing whitespace of message texts
        String stripped = plain.strip();
        int lead = plain.indexOf(stripped.isEmpty() ? "" : stripped.substring(0, 1));
        if (!stripped.isEmpty() && lead > 0) {
            List<TextEntity> shifted = new ArrayList<>();
            for (TextEntity e : list) {
                int start = Math.max(0, e.offset() - lead);
                int end = Math.min(stripped.length(), e.offset() + e.length() - lead);
                if (end > start) {
                    shifted.add(new TextEntity(e.type(), start, end - start, e.url(), e.language()));
                }
            }
            list = shifted;
        }
        if (stripped.isEmpty() && !caption) {
            throw new ApiError(400, "Bad Request: message text is empty", null, false);
        }
        if (!caption && stripped.length() > MAX_TEXT_LENGTH) {
            throw new ApiError(400, "Bad Request: message is too long", null, false);
        }
        if (caption && stripped.length() > MAX_CAPTION_LENGTH) {
            throw new ApiError(400, "Bad Request: message caption is too long", null, false);
        }
        return new Formatted(stripped, List.copyOf(list));
    }

    private Markup parseMarkup(JsonNode markup) {
        if (markup == null) {
            return new Markup(null, List.of());
        }
        List<List<Button>> rows = new ArrayList<>();
        if (markup.has("inline_keyboard")) {
            int count = 0;
            for (JsonNode row : markup.get("inline_keyboard")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    count++;
                    String text = b.path("text").asText("");
                    if (text.isEmpty()) {
                        throw new ApiError(400, "Bad Request: BUTTON_TEXT_INVALID", null, false);
                    }
                    List<String> actions = new ArrayList<>();
                    b.fieldNames().forEachRemaining(n -> {
                        if (BUTTON_ACTIONS.contains(n)) {
                            actions.add(n);
                        }
                    });
                    if (actions.isEmpty()) {
                        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are"
                                + " unallowed in the inline keyboard", null, false);
                    }
                    if (actions.size() > 1) {
                        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: exactly one of "
                                + actions + " must be used (emulator check)", null, false);
                    }
                    String data = b.has("callback_data") ? b.get("callback_data").asText() : null;
                    if (data != null && (data.isEmpty()
                            || data.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_DATA_BYTES)) {
                        throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID", null, false);
                    }
                    String url = b.has("url") ? b.get("url").asText() : null;
                    if (url != null && !(url.matches("(?i)https?://[^\\s/]+.*") || url.matches("(?i)tg://\\S+"))) {
                        throw new ApiError(400, "Bad Request: BUTTON_URL_INVALID", null, false);
                    }
                    buttons.add(new Button(text, data, url));
                }
                rows.add(List.copyOf(buttons));
            }
            if (count > 100) {
                throw new ApiError(400, "Bad Request: too many inline keyboard buttons (emulator limit 100)", null, false);
            }
            return new Markup(markup, List.copyOf(rows));
        }
        if (markup.has("keyboard")) {
            for (JsonNode row : markup.get("keyboard")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    String text = b.isTextual() ? b.asText() : b.path("text").asText("");
                    if (text.isEmpty()) {
                        throw new ApiError(400, "Bad Request: BUTTON_TEXT_INVALID", null, false);
                    }
                    buttons.add(new Button(text, null, null));
                }
                rows.add(List.copyOf(buttons));
            }
            return new Markup(markup, List.copyOf(rows));
        }
        return new Markup(markup, List.of()); // ReplyKeyboardRemove / ForceReply
    }

    // ------------------------------------------------------------------ JSON shapes

    private static ObjectNode botUserJson() {
        ObjectNode u = NODES.objectNode();
        u.put("id", BOT_ID);
        u.put("is_bot", true);
        u.put("first_name", BOT_FIRST_NAME);
        u.put("username", BOT_USERNAME);
        u.put("can_join_groups", true);
        u.put("can_read_all_group_messages", false);
        u.put("supports_inline_queries", false);
        u.put("can_connect_to_business", false);
        u.put("has_main_web_app", false);
        return u;
    }

    private ObjectNode messageJson(ChatState chat, MessageState m) {
        ObjectNode j = NODES.objectNode();
        j.put("message_id", m.id);
        j.set("from", botUserJson());
        j.put("date", m.date);
        j.set("chat", chat.json());
        if (m.editDate != 0) {
            j.put("edit_date", m.editDate);
        }
        boolean text = m.kind.equals("text");
        if (!m.plainText.isEmpty() || text) {
            j.put(text ? "text" : "caption", m.plainText);
        }
        if (!m.entities.isEmpty()) {
            ArrayNode es = j.putArray(text ? "entities" : "caption_entities");
            for (TextEntity e : m.entities) {
                ObjectNode o = es.addObject().put("type", e.type()).put("offset", e.offset()).put("length", e.length());
                if (e.url() != null) {
                    o.put("url", e.url());
                }
                if (e.language() != null) {
                    o.put("language", e.language());
                }
            }
        }
        String fileId = "AgAC-emulator-" + chat.id + "-" + m.id;
        if (m.kind.equals("photo")) {
            ArrayNode sizes = j.putArray("photo");
            sizes.addObject().put("file_id", fileId + "-s").put("file_unique_id", "u" + m.id + "s").put("width", 90)
                    .put("height", 90).put("file_size", 1024);
            sizes.addObject().put("file_id", fileId).put("file_unique_id", "u" + m.id).put("width", 800)
                    .put("height", 800).put("file_size", 65536);
        } else if (m.kind.equals("document")) {
            ObjectNode d = j.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + m.id);
            if (m.fileName != null) {
                d.put("file_name", m.fileName);
            }
        }
        if (m.markup != null && m.markup.has("inline_keyboard")) {
            j.set("reply_markup", m.markup.deepCopy());
        }
        return j;
    }

    // ------------------------------------------------------------------ helpers

    private long enqueue(String type, ObjectNode payload) {
        long id = nextUpdateId++;
        ObjectNode update = NODES.objectNode();
        update.put("update_id", id);
        update.set(type, payload);
        updates.add(new UpdateEntry(id, type, update, false));
        lock.notifyAll();
        return id;
    }

    private UserInfo requireUser(long userId) {
        UserInfo user = users.get(userId);
        if (user == null) {
            throw new IllegalStateException("user " + userId + " is not registered; call registerUser first");
        }
        return user;
    }

    private interface Condition {
        boolean holds();
    }

    private interface Describer {
        String get();
    }

    private void awaitCondition(Duration timeout, Condition condition, Describer failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!condition.holds()) {
                long remaining = (deadline - System.nanoTime()) / 1_000_000L;
                if (remaining <= 0) {
                    throw new AssertionError("timed out after " + timeout.toMillis() + " ms: " + failure.get());
                }
                try {
                    lock.wait(Math.min(remaining, 50)); // notified on every change; short cap as a safety net
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting: " + failure.get());
                }
            }
        }
    }

    private static long now() {
        return System.currentTimeMillis() / 1000L;
    }

    // ------------------------------------------------------------------ state classes

    private record StoredFile(String fileId, String uniqueId, String path, byte[] content) {
    }

    private record UserInfo(long id, String firstName, String languageCode) {
        ObjectNode json() {
            ObjectNode u = NODES.objectNode();
            u.put("id", id);
            u.put("is_bot", false);
            u.put("first_name", firstName);
            if (languageCode != null) {
                u.put("language_code", languageCode);
            }
            return u;
        }
    }

    private static final class ChatState {
        final long id;
        final String type;
        final String title;
        final String firstName;
        int nextMessageId = 1;
        final List<MessageState> botMessages = new ArrayList<>();
        final Map<Integer, JsonNode> incoming = new TreeMap<>();
        final Set<Integer> deletedIncoming = new HashSet<>();

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
            ObjectNode c = NODES.objectNode();
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

    private static final class MessageState {
        final int id;
        final String kind;
        final long date = now();
        final long sentNanos = System.nanoTime();
        long editDate;
        String text;
        String plainText;
        String parseMode;
        List<TextEntity> entities;
        JsonNode markup;
        List<List<Button>> keyboard;
        String fileName;
        /** the uploaded file's bytes, or null (sent by file_id or URL) */
        byte[] fileBytes;
        boolean edited;
        boolean deleted;

        MessageState(int id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        void apply(String raw, Formatted f, String parseMode, Markup m) {
            this.text = raw;
            this.plainText = f.plain;
            this.entities = f.entities;
            this.parseMode = parseMode;
            this.markup = m.json;
            this.keyboard = m.keyboard;
        }

        SentMessage snapshot(long chatId) {
            return new SentMessage(chatId, id, text, plainText, parseMode, keyboard, edited, deleted, kind, entities);
        }
    }

    private record Formatted(String plain, List<TextEntity> entities) {
    }

    private record Markup(JsonNode json, List<List<Button>> keyboard) {
    }

    private static final class UpdateEntry {
        final long id;
        final String type;
        final ObjectNode json;
        final boolean forced;
        final long queuedNanos = System.nanoTime();
        boolean delivered;
        boolean confirmed;
        boolean backingOff;
        long retryAtNanos;

        UpdateEntry(long id, String type, ObjectNode json, boolean forced) {
            this.id = id;
            this.type = type;
            this.json = json;
            this.forced = forced;
        }
    }

    private static final class QueryState {
        final String id;
        final long updateId;
        final long createdNanos;
        boolean answered;

        QueryState(String id, long updateId, long createdNanos) {
            this.id = id;
            this.updateId = updateId;
            this.createdNanos = createdNanos;
        }
    }

    private static final class FailRule {
        final String method;
        int remaining;
        int passing; // calls let through before the rule starts failing
        final int code;
        final String description;
        final Integer retryAfter;

        FailRule(String method, int remaining, int code, String description, Integer retryAfter) {
            this.method = method == null ? "*" : method;
            this.remaining = remaining;
            this.code = code;
            this.description = description;
            this.retryAfter = retryAfter;
        }
    }

    static final class Request {
        final String method;
        ObjectNode params;
        /** multipart file parts: part name -> file name */
        final Map<String, String> attachments;

        /** multipart file parts: part name -> content */
        final Map<String, byte[]> attachmentContents;

        Request(String method, ObjectNode params, Map<String, String> attachments) {
            this(method, params, attachments, Map.of());
        }

        Request(String method, ObjectNode params, Map<String, String> attachments,
                Map<String, byte[]> attachmentContents) {
            this.method = method;
            this.params = params;
            this.attachments = attachments;
            this.attachmentContents = attachmentContents;
        }
    }

    static final class ApiError extends RuntimeException {
        final int code;
        final String description;
        final Integer retryAfter;
        final boolean injected;
        Request request;

        ApiError(int code, String description, Integer retryAfter, boolean injected) {
            super(description, null, false, false);
            this.code = code;
            this.description = description;
            this.retryAfter = retryAfter;
            this.injected = injected;
        }

        ApiError with(Request r) {
            this.request = r;
            return this;
        }
    }

    private record Answer(int status, ObjectNode body, String error, boolean injected) {
        static Answer ok(JsonNode result) {
            ObjectNode body = NODES.objectNode();
            body.put("ok", true);
            body.set("result", result);
            return new Answer(200, body, null, false);
        }

        static Answer error(ApiError e) {
            ObjectNode body = NODES.objectNode();
            body.put("ok", false);
            body.put("error_code", e.code);
            body.put("description", e.description);
            if (e.retryAfter != null) {
                body.putObject("parameters").put("retry_after", e.retryAfter);
            }
            return new Answer(e.code, body, e.description, e.injected);
        }
    }
}
