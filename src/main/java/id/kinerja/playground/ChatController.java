package id.kinerja.playground;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.BotFile;
import id.kinerja.playground.emulator.Button;
import id.kinerja.playground.emulator.ChatEntry;
import id.kinerja.playground.emulator.ChatView;
import id.kinerja.playground.emulator.TextEntity;
import id.kinerja.playground.emulator.Toast;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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

    record Entity(String type, int offset, int length, String url) {}

    record KeyboardButton(String text, String callbackData, String url) {}

    record Message(int messageId, String kind, String text, List<Entity> entities, String caption,
                   List<List<KeyboardButton>> keyboard, boolean edited, boolean deleted, boolean fromBot,
                   String fileUrl, String fileName, String date) {}

    record ToastJson(long version, String text, boolean alert) {}

    record Messages(long version, List<Message> messages, List<ToastJson> toasts) {}

    record TextBody(String text) {}

    record TapBody(Integer messageId, String callbackData) {}

    record Accepted(long updateId) {}

    private final BotApiEmulator emulator;
    private final Personas personas;
    private final WorkingCalendar calendar;

    ChatController(BotApiEmulator emulator, Personas personas, WorkingCalendar calendar) {
        this.emulator = emulator;
        this.personas = personas;
        this.calendar = calendar;
    }

    @GetMapping("/personas")
    List<Persona> personas() {
        return personas.list();
    }

    @GetMapping("/chats/{userId}/messages")
    Messages messages(@PathVariable long userId, @RequestParam(required = false) Long since) {
        requirePersona(userId);
        ChatView view = since == null ? emulator.chatView(userId, Long.MAX_VALUE)
                : emulator.awaitChatChange(userId, since, LONG_POLL);
        return new Messages(view.version(), view.messages().stream().map(this::message).toList(),
                view.toasts().stream().map(ChatController::toast).toList());
    }

    @PostMapping("/chats/{userId}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted send(@PathVariable long userId, @RequestBody TextBody body) {
        requirePersona(userId);
        String text = body == null ? null : body.text();
        if (text == null || text.isBlank()) {
            throw PlaygroundApiError.badRequest("text is empty");
        }
        if (text.length() > MAX_TEXT) {
            throw PlaygroundApiError.badRequest("text longer than " + MAX_TEXT + " characters");
        }
        return new Accepted(emulator.sendText(userId, text));
    }

    @PostMapping("/chats/{userId}/taps")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted tap(@PathVariable long userId, @RequestBody TapBody body) {
        requirePersona(userId);
        if (body == null || body.messageId() == null || body.callbackData() == null) {
            throw PlaygroundApiError.badRequest("messageId and callbackData are required");
        }
        try {
            return new Accepted(emulator.tapButton(userId, userId, body.messageId(), body.callbackData()));
        } catch (AssertionError | IllegalStateException e) { // no such message or button: Telegram has no such tap
            throw PlaygroundApiError.badRequest("no button with that callback data on message " + body.messageId());
        }
    }

    @PostMapping(path = "/chats/{userId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted document(@PathVariable long userId, @RequestParam("file") MultipartFile file,
                      @RequestParam(required = false) String caption) throws IOException {
        requirePersona(userId);
        if (file.isEmpty()) {
            throw PlaygroundApiError.badRequest("the file is empty");
        }
        if (file.getSize() > MAX_DOCUMENT) {
            throw PlaygroundApiError.badRequest("file larger than 20 MB");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "document" : file.getOriginalFilename();
        return new Accepted(emulator.sendDocumentFromUser(userId, name, file.getBytes(),
                caption == null || caption.isBlank() ? null : caption));
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

    private Message message(ChatEntry m) {
        boolean media = !m.kind().equals("text");
        List<Entity> entities = m.entities() == null ? List.of()
                : m.entities().stream().map(ChatController::entity).toList();
        List<List<KeyboardButton>> keyboard = m.keyboard() == null ? List.of() : m.keyboard().stream()
                .map(row -> row.stream().map(ChatController::button).toList()).toList();
        String fileUrl = m.fileNumber() > 0 ? "/playground/api/files/" + m.fileNumber() : null;
        return new Message(m.messageId(), m.kind(), media ? null : m.text(), entities, media ? m.text() : null,
                keyboard, m.edited(), m.deleted(), m.fromBot(), fileUrl, m.fileName(),
                ClockController.text(Instant.ofEpochSecond(m.date()).atZone(calendar.zone())));
    }

    private static Entity entity(TextEntity e) {
        return new Entity(e.type(), e.offset(), e.length(), e.url());
    }

    private static KeyboardButton button(Button b) {
        return new KeyboardButton(b.text(), b.callbackData(), b.url());
    }

    private static ToastJson toast(Toast t) {
        return new ToastJson(t.version(), t.text(), t.alert());
    }
}
