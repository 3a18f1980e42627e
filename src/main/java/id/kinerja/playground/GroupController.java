package id.kinerja.playground;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.BotApiEmulator;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bot and the group chats for the page: who the bot is (for its t.me links), the groups with their members,
 * a group's messages (long poll, as a private chat's), and a persona typing, tapping or sending a document there.
 */
@RestController
@RequestMapping("/playground/api")
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class GroupController {

    record Bot(long id, String username, String name, String link) {}

    record Group(long chatId, String type, String title, List<Long> members) {}

    record GroupText(Long userId, String text) {}

    record GroupTap(Long userId, Integer messageId, String callbackData) {}

    private final BotApiEmulator emulator;
    private final PlaygroundGroups groups;
    private final ChatJson json;

    GroupController(BotApiEmulator emulator, PlaygroundGroups groups, WorkingCalendar calendar) {
        this.emulator = emulator;
        this.groups = groups;
        this.json = new ChatJson(calendar);
    }

    @GetMapping("/bot")
    Bot bot() {
        return new Bot(BotApiEmulator.BOT_ID, emulator.botUsername(), emulator.botName(),
                "https://t.me/" + emulator.botUsername());
    }

    @GetMapping("/groups")
    List<Group> groups() {
        return emulator.groups().stream().map(g -> new Group(g.chatId(), g.type(), g.title(), g.members())).toList();
    }

    @GetMapping("/groups/{chatId}/messages")
    ChatJson.Messages messages(@PathVariable long chatId, @RequestParam(required = false) Long since) {
        requireGroup(chatId);
        return json.messages(ChatController.view(emulator, chatId, since));
    }

    @PostMapping("/groups/{chatId}/messages")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ChatController.Accepted send(@PathVariable long chatId, @RequestBody GroupText body) {
        long userId = requireMember(chatId, body == null ? null : body.userId());
        return new ChatController.Accepted(emulator.sendTextInGroup(chatId, userId,
                ChatController.checkedText(body.text())));
    }

    @PostMapping("/groups/{chatId}/taps")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ChatController.Accepted tap(@PathVariable long chatId, @RequestBody GroupTap body) {
        long userId = requireMember(chatId, body == null ? null : body.userId());
        return new ChatController.Accepted(ChatController.tap(emulator, userId, chatId, body.messageId(),
                body.callbackData()));
    }

    @PostMapping(path = "/groups/{chatId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ChatController.Accepted document(@PathVariable long chatId, @RequestParam long userId,
                                     @RequestParam("file") MultipartFile file,
                                     @RequestParam(required = false) String caption) throws IOException {
        requireMember(chatId, userId);
        return new ChatController.Accepted(ChatController.document(emulator, userId, chatId, file, caption));
    }

    private void requireGroup(long chatId) {
        if (!groups.isGroup(chatId)) {
            throw PlaygroundApiError.notFound("no group " + chatId);
        }
    }

    /** The persona writing in the group: one of the personas, and a member of it (Telegram refuses anyone else). */
    private long requireMember(long chatId, Long userId) {
        requireGroup(chatId);
        if (userId == null) {
            throw PlaygroundApiError.badRequest("userId is required");
        }
        if (!Personas.isPersona(userId) || !emulator.hasUser(userId)) {
            throw PlaygroundApiError.notFound("no persona " + userId);
        }
        if (!groups.isMember(chatId, userId)) {
            throw PlaygroundApiError.badRequest("persona " + userId + " is not a member of group " + chatId);
        }
        return userId;
    }
}
