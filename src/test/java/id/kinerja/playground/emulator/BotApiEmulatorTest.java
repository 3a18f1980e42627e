package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class BotApiEmulatorTest {

    private static final long USER = 1001L;
    private static final long OTHER_USER = 1002L;
    private static final long GROUP = -100200L;
    private static final Duration WAIT = Duration.ofSeconds(3);

    private BotApiEmulator emulator;
    private OkHttpTelegramClient client;

    @BeforeEach
    void setUp() {
        emulator = BotApiEmulator.start();
        emulator.registerUser(USER, "Ani", "id");
        emulator.registerUser(OTHER_USER, "Budi", null);
        emulator.registerGroup(GROUP, "Tim Kinerja");
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(30, TimeUnit.SECONDS).build();
        client = new OkHttpTelegramClient(http, BotApiEmulator.TOKEN,
                new TelegramUrl("http", "127.0.0.1", emulator.port(), false));
    }

    @AfterEach
    void tearDown() {
        emulator.close();
    }

    private static InlineKeyboardMarkup keyboard(InlineKeyboardButton... buttons) {
        return InlineKeyboardMarkup.builder().keyboardRow(new InlineKeyboardRow(buttons)).build();
    }

    private static InlineKeyboardButton callbackButton(String text, String data) {
        return InlineKeyboardButton.builder().text(text).callbackData(data).build();
    }

    private TelegramApiRequestException rejected(BotApiMethod<? extends Serializable> method) {
        TelegramApiRequestException e = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(method));
        assertThat(e).as("expected the emulator to reject %s", method.getMethod()).isNotNull();
        return e;
    }

    private static SendMessage html(long chatId, String text) {
        return SendMessage.builder().chatId(chatId).text(text).parseMode("HTML").build();
    }

    @Test
    void get_me_describes_the_bot() throws TelegramApiException {
        User me = client.execute(new GetMe());
        assertThat(me.getId()).isEqualTo(BotApiEmulator.BOT_ID);
        assertThat(me.getIsBot()).isTrue();
        assertThat(me.getUserName()).isEqualTo(emulator.botUsername()).isEqualTo("kinerja_test_bot");
        assertThat(me.getFirstName()).isEqualTo("Kinerja Bot");
        assertThat(emulator.calls()).extracting(ApiCall::method).containsExactly("getMe");
    }

    @Test
    void send_message_with_html_and_inline_keyboard() throws TelegramApiException {
        SendMessage send = SendMessage.builder().chatId(USER).parseMode("HTML")
                .text("<b>Halo</b> Ani &amp; tim, pilih <i>periode</i>:")
                .replyMarkup(keyboard(callbackButton("Januari", "period:2026-01"),
                        InlineKeyboardButton.builder().text("Panduan").url("https://example.org/guide").build()))
                .build();
        Message sent = client.execute(send);

        assertThat(sent.getMessageId()).isEqualTo(1);
        assertThat(sent.getChatId()).isEqualTo(USER);
        assertThat(sent.getText()).isEqualTo("Halo Ani & tim, pilih periode:");
        assertThat(sent.getFrom().getIsBot()).isTrue();
        assertThat(sent.getEntities()).extracting(e -> e.getType()).containsExactly("bold", "italic");
        assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("period:2026-01");

        SentMessage recorded = emulator.lastMessageIn(USER);
        assertThat(recorded.plainText()).isEqualTo("Halo Ani & tim, pilih periode:");
        assertThat(recorded.text()).startsWith("<b>Halo</b>");
        assertThat(recorded.parseMode()).isEqualTo("HTML");
        assertThat(recorded.buttonLabels()).containsExactly("Januari", "Panduan");
        assertThat(recorded.hasButton("Januari")).isTrue();
        assertThat(recorded.button("Pandu").url()).isEqualTo("https://example.org/guide");
        assertThat(recorded.entityTexts("bold")).containsExactly("Halo");
        assertThat(emulator.messageCount(USER)).isEqualTo(1);
        // the request passed the spec check although the library sends "method" and null button fields
        emulator.assertNoRejectedCalls();
    }

    @Test
    void requests_telegram_would_reject_fail_with_its_error_code_and_description() {
        TelegramApiRequestException tooLong = rejected(SendMessage.builder().chatId(USER).text("x".repeat(4097)).build());
        assertThat(tooLong.getErrorCode()).isEqualTo(400);
        assertThat(tooLong.getApiResponse()).isEqualTo("Bad Request: message is too long");

        TelegramApiRequestException badHtml = rejected(html(USER, "Nilai <foo>bar</foo>"));
        assertThat(badHtml.getErrorCode()).isEqualTo(400);
        assertThat(badHtml.getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Unsupported start tag \"foo\" at byte offset 6");

        TelegramApiRequestException badData = rejected(SendMessage.builder().chatId(USER).text("pilih")
                .replyMarkup(keyboard(callbackButton("A", "d".repeat(65)))).build());
        assertThat(badData.getErrorCode()).isEqualTo(400);
        assertThat(badData.getApiResponse()).isEqualTo("Bad Request: BUTTON_DATA_INVALID");

        // 64 bytes of UTF-8 is the limit: 32 two-byte characters are fine, 33 are not
        assertThat(rejected(SendMessage.builder().chatId(USER).text("pilih")
                .replyMarkup(keyboard(callbackButton("A", "é".repeat(33)))).build()).getApiResponse())
                .isEqualTo("Bad Request: BUTTON_DATA_INVALID");

        TelegramApiRequestException badUrl = rejected(SendMessage.builder().chatId(USER).text("pilih")
                .replyMarkup(keyboard(InlineKeyboardButton.builder().text("A").url("javascript:alert(1)").build())).build());
        assertThat(badUrl.getApiResponse()).isEqualTo("Bad Request: BUTTON_URL_INVALID");

        TelegramApiRequestException unknownChat = rejected(SendMessage.builder().chatId(999L).text("halo").build());
        assertThat(unknownChat.getErrorCode()).isEqualTo(400);
        assertThat(unknownChat.getApiResponse()).isEqualTo("Bad Request: chat not found");

        TelegramApiRequestException blank = rejected(html(USER, "<b> </b>"));
        assertThat(blank.getApiResponse()).isEqualTo("Bad Request: message text is empty");

        assertThat(emulator.messageCount(USER)).isZero();
        assertThat(emulator.rejectedCalls()).hasSize(7)
                .allSatisfy(c -> assertThat(c.httpStatus()).isEqualTo(400));
    }

    @Test
    void edit_message_text_and_reply_markup() throws TelegramApiException {
        Message sent = client.execute(SendMessage.builder().chatId(USER).text("Status: draf")
                .replyMarkup(keyboard(callbackButton("Kirim", "submit"))).build());
        EditMessageText same = EditMessageText.builder().chatId(USER).messageId(sent.getMessageId()).text("Status: draf")
                .replyMarkup(keyboard(callbackButton("Kirim", "submit"))).build();
        TelegramApiRequestException notModified = rejected(same);
        assertThat(notModified.getErrorCode()).isEqualTo(400);
        assertThat(notModified.getApiResponse()).isEqualTo(BotApiEmulator.NOT_MODIFIED);

        // same text, no keyboard: the edit removes the keyboard, so it is a modification
        client.execute(EditMessageText.builder().chatId(USER).messageId(sent.getMessageId()).text("Status: draf").build());
        SentMessage edited = emulator.lastMessageIn(USER);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.keyboard()).isEmpty();

        client.execute(EditMessageReplyMarkup.builder().chatId(USER).messageId(sent.getMessageId())
                .replyMarkup(keyboard(callbackButton("Ulang", "retry"))).build());
        assertThat(emulator.lastMessageIn(USER).buttonLabels()).containsExactly("Ulang");

        assertThat(rejected(EditMessageText.builder().chatId(USER).messageId(77).text("x").build()).getApiResponse())
                .isEqualTo("Bad Request: message to edit not found");

        client.execute(DeleteMessage.builder().chatId(USER).messageId(sent.getMessageId()).build());
        assertThat(emulator.lastMessageIn(USER).deleted()).isTrue();
        assertThat(rejected(DeleteMessage.builder().chatId(USER).messageId(sent.getMessageId()).build()).getApiResponse())
                .isEqualTo("Bad Request: message to delete not found");
        assertThat(emulator.messagesIn(USER)).hasSize(1);
    }

    @Test
    void get_updates_long_polls_and_confirms_by_offset() throws Exception {
        CompletableFuture<java.util.ArrayList<Update>> poll = client.executeAsync(GetUpdates.builder().offset(0).timeout(5).build());
        Thread.sleep(100);
        assertThat(poll).isNotDone();
        long started = System.nanoTime();
        long updateId = emulator.sendText(USER, "/start kode");
        List<Update> updates = poll.get(2, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(updates).hasSize(1);
        Update update = updates.get(0);
        assertThat(update.getUpdateId()).isEqualTo((int) updateId);
        assertThat(update.getMessage().getText()).isEqualTo("/start kode");
        assertThat(update.getMessage().getFrom().getLanguageCode()).isEqualTo("id");
        assertThat(update.getMessage().getChat().isUserChat()).isTrue();
        assertThat(update.getMessage().getEntities().get(0).getLength()).isEqualTo(6);
        // library quirk: Message.isCommand() only works after getEntities() has computed the entity texts
        assertThat(update.getMessage().isCommand()).isTrue();
        assertThat(update.getMessage().getText()).startsWith(update.getMessage().getEntities().get(0).getText());
        assertThat(emulator.allUpdatesConfirmed()).isFalse();

        // the same offset returns it again; a higher offset confirms it
        assertThat(client.execute(GetUpdates.builder().offset(0).timeout(0).build())).hasSize(1);
        assertThat(client.execute(GetUpdates.builder().offset((int) updateId + 1).timeout(0).build())).isEmpty();
        assertThat(emulator.allUpdatesConfirmed()).isTrue();

        // nothing pending: the request is held for the timeout
        long before = System.nanoTime();
        assertThat(client.execute(GetUpdates.builder().offset((int) updateId + 1).timeout(1).build())).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

        // redeliver: an exact copy with the same update_id, even though it was confirmed
        emulator.redeliver(updateId);
        assertThat(emulator.allUpdatesConfirmed()).isFalse();
        List<Update> again = client.execute(GetUpdates.builder().offset((int) updateId + 1).timeout(0).build());
        assertThat(again).extracting(Update::getUpdateId).containsExactly((int) updateId);
        assertThat(again.get(0).getMessage().getText()).isEqualTo("/start kode");
        assertThat(client.execute(GetUpdates.builder().offset((int) updateId + 1).timeout(0).build())).isEmpty();
        assertThat(emulator.allUpdatesConfirmed()).isTrue();
        emulator.assertNoRejectedCalls();
    }

    @Test
    void callback_queries_are_answered_once() throws Exception {
        Message sent = client.execute(SendMessage.builder().chatId(USER).text("Setuju?")
                .replyMarkup(keyboard(callbackButton("Ya", "yes"), callbackButton("Tidak", "no"))).build());
        assertThatThrownBy(() -> emulator.tapButton(USER, USER, sent.getMessageId(), "maybe"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no button");
        long updateId = emulator.tapButton(USER, emulator.lastMessageIn(USER), "Ya");

        List<Update> updates = client.execute(GetUpdates.builder().offset(0).timeout(0).build());
        String queryId = updates.get(0).getCallbackQuery().getId();
        assertThat(updates.get(0).getCallbackQuery().getData()).isEqualTo("yes");
        assertThat(updates.get(0).getCallbackQuery().getMessage().getMessageId()).isEqualTo(sent.getMessageId());

        TelegramApiRequestException tooLong = rejected(AnswerCallbackQuery.builder().callbackQueryId(queryId)
                .text("x".repeat(201)).build());
        assertThat(tooLong.getErrorCode()).isEqualTo(400);
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("Tersimpan").build());
        CallbackAnswer answer = emulator.awaitCallbackAnswerFor(updateId, WAIT);
        assertThat(answer.text()).isEqualTo("Tersimpan");
        assertThat(answer.showAlert()).isFalse();
        assertThat(rejected(AnswerCallbackQuery.builder().callbackQueryId(queryId).build()).getApiResponse())
                .isEqualTo(BotApiEmulator.QUERY_TOO_OLD);
        assertThat(rejected(AnswerCallbackQuery.builder().callbackQueryId("123").build()).getApiResponse())
                .isEqualTo(BotApiEmulator.QUERY_TOO_OLD);
    }

    @Test
    void injected_faults_are_not_counted_as_rejected_calls() throws TelegramApiException {
        emulator.failNext("sendMessage", 1, 429, null, 3);
        TelegramApiRequestException limited = rejected(SendMessage.builder().chatId(USER).text("a").build());
        assertThat(limited.getErrorCode()).isEqualTo(429);
        assertThat(limited.getApiResponse()).isEqualTo("Too Many Requests: retry after 3");
        assertThat(limited.getParameters().getRetryAfter()).isEqualTo(3);
        client.execute(SendMessage.builder().chatId(USER).text("a").build());

        emulator.enforceRateLimits(true);
        client.execute(SendMessage.builder().chatId(USER).text("a2").build());
        TelegramApiRequestException perChat = rejected(SendMessage.builder().chatId(USER).text("b").build());
        assertThat(perChat.getErrorCode()).isEqualTo(429);
        assertThat(perChat.getParameters().getRetryAfter()).isEqualTo(1);
        assertThat(perChat.getApiResponse()).isEqualTo("Too Many Requests: retry after 1");
        client.execute(SendMessage.builder().chatId(OTHER_USER).text("b").build()); // other chat: own window
        assertThat(emulator.tooManyRequestsServed()).isEqualTo(2);

        emulator.enforceRateLimits(false);
        emulator.blockBy(OTHER_USER);
        TelegramApiRequestException blocked = rejected(SendMessage.builder().chatId(OTHER_USER).text("c").build());
        assertThat(blocked.getErrorCode()).isEqualTo(403);
        assertThat(blocked.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");

        assertThat(emulator.messagesIn(USER)).hasSize(2);
        assertThat(emulator.calls()).filteredOn(c -> !c.ok()).hasSize(3);
        emulator.assertNoRejectedCalls();
    }

    @Test
    void global_rate_limit_is_thirty_messages_per_second() throws TelegramApiException {
        emulator.enforceRateLimits(true);
        for (int i = 0; i < 30; i++) {
            long user = 5000 + i;
            emulator.registerUser(user, "U" + i, null);
            client.execute(SendMessage.builder().chatId(user).text("broadcast").build());
        }
        emulator.registerUser(6000, "late", null);
        assertThat(rejected(SendMessage.builder().chatId(6000L).text("broadcast").build()).getErrorCode()).isEqualTo(429);
    }

    @Test
    void html_parser_on_tricky_input() throws Exception {
        assertThat(TelegramHtml.parse("Tom &amp; Jerry &lt;3 &#65;&#x42;&quot;", true).text()).isEqualTo("Tom & Jerry <3 AB\"");
        assertThatThrownBy(() -> TelegramHtml.parse("a & b", true)).isInstanceOf(TelegramHtml.ParseException.class);
        assertThat(TelegramHtml.parse("a & b", false).text()).isEqualTo("a & b"); // what Telegram itself does
        assertThatThrownBy(() -> TelegramHtml.parse("<b>x</i>", true))
                .hasMessage("Unmatched end tag at byte offset 4, expected \"</b>\", found \"</i>\"");
        assertThatThrownBy(() -> TelegramHtml.parse("<b>x", true))
                .hasMessage("Can't find end tag corresponding to start tag \"b\"");
        assertThatThrownBy(() -> TelegramHtml.parse("<a href=http://x>y</a>", true))
                .hasMessage("Unexpected end of name token at byte offset 8");
        assertThatThrownBy(() -> TelegramHtml.parse("1 < 2", true)).hasMessage("Unsupported start tag \"\" at byte offset 2");
        assertThatThrownBy(() -> TelegramHtml.parse("<span>x</span>", true))
                .hasMessageContaining("must have class \"tg-spoiler\"");

        TelegramHtml.Parsed nested = TelegramHtml.parse("é<b>ab<i>c</i></b> <a href=\"https://t.me/x?a=1&amp;b=2\">l</a>"
                + "<pre><code class=\"language-java\">int x;</code></pre><blockquote expandable>q</blockquote>"
                + "<span class=\"tg-spoiler\">s</span>", true);
        assertThat(nested.text()).isEqualTo("éabc lint x;qs");
        assertThat(nested.entities()).containsExactly(
                new TextEntity("bold", 1, 3, null, null),
                new TextEntity("italic", 3, 1, null, null),
                new TextEntity("text_link", 5, 1, "https://t.me/x?a=1&b=2", null),
                new TextEntity("pre", 6, 6, null, "java"),
                new TextEntity("expandable_blockquote", 12, 1, null, null),
                new TextEntity("spoiler", 13, 1, null, null));
        // UTF-16 offsets: an emoji outside the BMP counts as two code units
        assertThat(TelegramHtml.parse("\uD83D\uDE00<b>x</b>", true).entities().get(0).offset()).isEqualTo(2);

        // through the API: &amp; counts as one character of the 4096 limit, tags count as nothing
        client.execute(html(USER, "<b>" + "&amp;".repeat(4096) + "</b>"));
        assertThat(emulator.lastMessageIn(USER).plainText()).hasSize(4096);
        assertThat(rejected(html(USER, "&amp;".repeat(4097))).getApiResponse()).isEqualTo("Bad Request: message is too long");
        assertThat(rejected(html(USER, "a & b")).getApiResponse()).startsWith("Bad Request: can't parse entities: ");
        assertThat(rejected(html(USER, "<b>x</i>")).getApiResponse())
                .isEqualTo("Bad Request: can't parse entities: Unmatched end tag at byte offset 4, expected \"</b>\","
                        + " found \"</i>\"");
        client.execute(html(USER, "<b><i>x</i></b>"));
        assertThat(emulator.lastMessageIn(USER).entityTexts("italic")).containsExactly("x");
    }

    @Test
    void raw_requests_are_checked_against_the_spec() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String base = emulator.baseUrl() + "/bot" + BotApiEmulator.TOKEN + "/";

        HttpResponse<String> unknownParam = post(http, base + "sendMessage", "application/json",
                "{\"chat_id\":1001,\"text\":\"hi\",\"colour\":\"red\"}");
        assertThat(unknownParam.statusCode()).isEqualTo(400);
        JsonNode body = json.readTree(unknownParam.body());
        assertThat(body.path("ok").asBoolean(true)).isFalse();
        assertThat(body.path("error_code").asInt()).isEqualTo(400);
        assertThat(body.path("description").asText()).isEqualTo("Bad Request: unknown parameter colour");

        assertThat(json.readTree(post(http, base + "sendMessage", "application/json", "{\"chat_id\":1001}").body())
                .path("description").asText()).isEqualTo("Bad Request: message text is empty");
        assertThat(json.readTree(post(http, base + "deleteMessage", "application/json", "{\"chat_id\":1001}").body())
                .path("description").asText()).isEqualTo("Bad Request: message_id is required");
        assertThat(json.readTree(post(http, base + "sendMessage", "application/json",
                "{\"chat_id\":1001,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"a\",\"callback_data\":\"b\",\"colour\":1}]]}}")
                .body()).path("description").asText()).contains("unknown field \"colour\"");

        // form encoding, case-insensitive method name, JSON-serialized reply_markup
        HttpResponse<String> form = post(http, base + "SENDMESSAGE", "application/x-www-form-urlencoded",
                "chat_id=1001&text=Halo+%26+selamat&reply_markup=%7B%22inline_keyboard%22%3A%5B%5B%7B%22text%22%3A%22OK%22%2C%22callback_data%22%3A%22ok%22%7D%5D%5D%7D");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(json.readTree(form.body()).path("result").path("text").asText()).isEqualTo("Halo & selamat");
        assertThat(emulator.lastMessageIn(USER).buttonLabels()).containsExactly("OK");

        HttpResponse<String> wrongToken = post(http, emulator.baseUrl() + "/bot1:wrong/getMe", "application/json", "{}");
        assertThat(wrongToken.statusCode()).isEqualTo(401);
        assertThat(json.readTree(wrongToken.body()).path("description").asText()).isEqualTo("Unauthorized");
        HttpResponse<String> unknownMethod = post(http, base + "sendTelepathy", "application/json", "{}");
        assertThat(unknownMethod.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknownMethod.body()).path("description").asText()).isEqualTo("Not Found");
    }

    private static HttpResponse<String> post(HttpClient http, String url, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void multipart_media_and_commands() throws Exception {
        Message photo = client.execute(SendPhoto.builder().chatId(USER)
                .photo(new InputFile(new ByteArrayInputStream(new byte[] {1, 2, 3}), "grafik.png"))
                .caption("<b>Grafik</b> kinerja").parseMode("HTML")
                .replyMarkup(keyboard(callbackButton("Detail", "detail"))).build());
        assertThat(photo.getCaption()).isEqualTo("Grafik kinerja");
        assertThat(photo.getPhoto()).isNotEmpty();
        client.execute(SendDocument.builder().chatId(GROUP)
                .document(new InputFile(new ByteArrayInputStream(new byte[] {4}), "laporan.pdf")).build());
        assertThat(emulator.lastMessageIn(USER).kind()).isEqualTo("photo");
        assertThat(emulator.lastMessageIn(USER).plainText()).isEqualTo("Grafik kinerja");
        assertThat(emulator.lastMessageIn(USER).hasButton("Detail")).isTrue();
        assertThat(emulator.lastMessageIn(GROUP).kind()).isEqualTo("document");
        TelegramApiException longCaption = catchThrowableOfType(TelegramApiException.class, () -> client.execute(
                SendPhoto.builder().chatId(USER).photo(new InputFile(new ByteArrayInputStream(new byte[] {1}), "p.png"))
                        .caption("c".repeat(1025)).build()));
        assertThat(longCaption).isInstanceOf(TelegramApiRequestException.class);
        assertThat(((TelegramApiRequestException) longCaption).getApiResponse())
                .isEqualTo("Bad Request: message caption is too long");

        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Mulai")).build());
        client.execute(SetMyCommands.builder().command(new BotCommand("start", "Start"))
                .command(new BotCommand("help", "Help")).languageCode("en").scope(new BotCommandScopeDefault()).build());
        assertThat(emulator.commandsByLanguage().get("")).containsExactly(new BotCommandRecord("start", "Mulai"));
        assertThat(emulator.commandsByLanguage().get("en")).extracting(BotCommandRecord::command).containsExactly("start", "help");
        assertThat(client.execute(GetMyCommands.builder().languageCode("en").build())).hasSize(2);
        TelegramApiRequestException badCommand = catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(
                SetMyCommands.builder().command(new BotCommand("Start-Now", "x")).build()));
        assertThat(badCommand.getApiResponse()).isEqualTo("Bad Request: BOT_COMMAND_INVALID");
    }

    @Test
    void real_long_polling_session_receives_updates_and_the_emulator_releases_it_on_close() throws Exception {
        TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication();
        try {
            app.registerBot(BotApiEmulator.TOKEN, () -> new TelegramUrl("http", "127.0.0.1", emulator.port(), false),
                    new DefaultGetUpdatesGenerator(), updates -> updates.forEach(u -> {
                        try {
                            client.execute(SendMessage.builder().chatId(u.getMessage().getChatId())
                                    .text("echo: " + u.getMessage().getText()).build());
                        } catch (TelegramApiException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
            emulator.sendText(USER, "halo");
            emulator.sendTextInGroup(GROUP, OTHER_USER, "/laporan@kinerja_test_bot");
            assertThat(emulator.awaitMessageCount(USER, 1, WAIT).plainText()).isEqualTo("echo: halo");
            assertThat(emulator.awaitMessageContaining(GROUP, "laporan", WAIT).plainText())
                    .isEqualTo("echo: /laporan@kinerja_test_bot");
            emulator.awaitAllUpdatesConfirmed(WAIT);
            assertThat(emulator.calls("deleteWebhook")).hasSize(1);
            assertThat(emulator.calls("getUpdates")).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.params().path("timeout").asInt()).isEqualTo(50));
            emulator.assertNoRejectedCalls();
            assertThatThrownBy(() -> emulator.awaitMessageCount(USER, 2, Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("echo: halo").hasMessageContaining("user #1: halo");
        } finally {
            app.close();
            long before = System.nanoTime();
            emulator.close(); // releases the pending 50 s long poll
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
        }
    }
}
