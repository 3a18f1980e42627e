package id.kinerja.playground;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.BotFile;
import id.kinerja.playground.emulator.ChatView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The personas' chats for the page: read them (long poll), type, tap, send a document, fetch the bot's files. */
@RestController
@RequestMapping("/playground/api")
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class ChatController {

    static final Duration LONG_POLL = Duration.ofSeconds(25);
    static final int MAX_TEXT = BotApiEmulator.MAX_TEXT_LENGTH;
    static final long MAX_DOCUMENT = 20L * 1024 * 1024;

    record TextBody(String text) {}

    record TapBody(Integer messageId, String callbackData) {}

    record Accepted(long updateId) {}

    private final BotApiEmulator emulator;
    private final Personas personas;
    private final ChatJson json;

    ChatController(BotApiEmulator emulator, Personas personas, WorkingCalendar calendar) {
        this.emulator = emulator;
        this.personas = personas;
        this.json = new ChatJson(calendar);
    }

    @GetMapping("/personas")
    List<Persona> personas() {
        return personas.list();
    }

    @GetMapping("/chats/{userId}/messages")
    ChatJson.Messages messages(@PathVariable long userId, @RequestParam(required = false) Long since) {
        requirePersona(userId);
        return json.messages(view(emulator, userId, since));
    }

    /** The whole chat (no toasts: they are news only to a page already showing it), or its next change. */
    static ChatView view(BotApiEmulator emulator, long chatId, Long since) {
        return since == null ? emulator.chatView(chatId, Long.MAX_VALUE)
                : emulator.awaitChatChange(chatId, since, LONG_POLL);
    }

    @PostMapping("/chats/{userId}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted send(@PathVariable long userId, @RequestBody TextBody body) {
        requirePersona(userId);
        return new Accepted(emulator.sendText(userId, checkedText(body == null ? null : body.text())));
    }

    /** A text as Telegram takes it from a user: not empty, at most 4096 characters. */
    static String checkedText(String text) {
        if (text == null || text.isBlank()) {
            throw PlaygroundApiError.badRequest("text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw PlaygroundApiError.badRequest("text longer than " + MAX_TEXT + " characters");
        }
        return text;
    }

    @PostMapping("/chats/{userId}/taps")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted tap(@PathVariable long userId, @RequestBody TapBody body) {
        requirePersona(userId);
        return new Accepted(tap(emulator, userId, userId, body == null ? null : body.messageId(),
                body == null ? null : body.callbackData()));
    }

    /** A tap on a button the bot's message in that chat shows; anything else is refused. Returns the update id. */
    static long tap(BotApiEmulator emulator, long userId, long chatId, Integer messageId, String callbackData) {
        if (messageId == null || callbackData == null) {
            throw PlaygroundApiError.badRequest("messageId and callbackData are required");
        }
        try {
            return emulator.tapButton(userId, chatId, messageId, callbackData);
        } catch (AssertionError | IllegalStateException e) { // no such message or button: Telegram has no such tap
            throw PlaygroundApiError.badRequest("no button with that callback data on message " + messageId);
        }
    }

    @PostMapping(path = "/chats/{userId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted document(@PathVariable long userId, @RequestParam("file") MultipartFile file,
                      @RequestParam(required = false) String caption) throws IOException {
        requirePersona(userId);
        return new Accepted(document(emulator, userId, userId, file, caption));
    }

    /** A document as Telegram takes it from a user: not empty, at most 20 MB, a caption of at most 1024 characters. */
    static long document(BotApiEmulator emulator, long userId, long chatId, MultipartFile file, String caption)
            throws IOException {
        if (file.isEmpty()) {
            throw PlaygroundApiError.badRequest("the file is empty");
        }
        if (file.getSize() > MAX_DOCUMENT) {
            throw PlaygroundApiError.badRequest("file larger than 20 MB");
        }
        if (caption != null && caption.length() > BotApiEmulator.MAX_CAPTION_LENGTH) {
            throw PlaygroundApiError.badRequest("caption longer than " + BotApiEmulator.MAX_CAPTION_LENGTH
                    + " characters");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "document" : file.getOriginalFilename();
        return emulator.sendDocumentInChat(chatId, userId, name, file.getBytes(),
                caption == null || caption.isBlank() ? null : caption);
    }

    @GetMapping("/files/{number}")
    ResponseEntity<byte[]> file(@PathVariable long number) {
        BotFile file = emulator.botFile(number).orElseThrow(() -> PlaygroundApiError.notFound("no such file"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType(file));
        if (!file.kind().equals("photo")) {
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(file.fileName() == null ? "file" : file.fileName(), StandardCharsets.UTF_8).build());
        }
        return new ResponseEntity<>(file.content(), headers, HttpStatus.OK);
    }

    private static MediaType contentType(BotFile file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (file.kind().equals("photo") || name.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        Map<String, String> types = Map.of(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ".csv", "text/csv", ".pdf", "application/pdf", ".json", "application/json", ".zip", "application/zip");
        return types.entrySet().stream().filter(t -> name.endsWith(t.getKey())).findFirst()
                .map(t -> MediaType.parseMediaType(t.getValue())).orElse(MediaType.APPLICATION_OCTET_STREAM);
    }

    private void requirePersona(long userId) {
        if (!Personas.isPersona(userId) || !emulator.hasUser(userId)) {
            throw PlaygroundApiError.notFound("no persona " + userId);
        }
    }
}
