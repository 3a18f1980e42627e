package id.kinerja.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.ApiCall;
import id.kinerja.playground.emulator.BotApiEmulator;
import id.kinerja.playground.emulator.BotCommandRecord;
import id.kinerja.playground.emulator.IndexedCall;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inspector (every Bot API call the bot made, with the emulator's answer) and the bot's command menu. */
@RestController
@RequestMapping("/playground/api")
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class InspectorController {

    record CallJson(long index, String at, String method, Object parameters, boolean ok, Object response,
                    String error) {}

    record CommandJson(String command, String description) {}

    /** Plain maps and lists, whatever JSON library the web layer uses. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotApiEmulator emulator;
    private final WorkingCalendar calendar;

    InspectorController(BotApiEmulator emulator, WorkingCalendar calendar) {
        this.emulator = emulator;
        this.calendar = calendar;
    }

    @GetMapping("/calls")
    List<CallJson> calls(@RequestParam(defaultValue = "0") long since) {
        return emulator.callsSince(Math.max(0, since)).stream().map(this::call).toList();
    }

    @GetMapping("/commands")
    List<CommandJson> commands(@RequestParam(defaultValue = "id") String language) {
        Map<String, List<BotCommandRecord>> menus = emulator.commandsByLanguage();
        List<BotCommandRecord> menu = menus.getOrDefault(language, menus.getOrDefault("", List.of()));
        return menu.stream().map(c -> new CommandJson(c.command(), c.description())).toList();
    }

    private CallJson call(IndexedCall indexed) {
        ApiCall call = indexed.call();
        return new CallJson(indexed.index(), ClockController.text(call.at().atZone(calendar.zone())),
                call.method(), plain(call.params()), call.ok(), plain(call.response()), call.errorDescription());
    }

    private static Object plain(JsonNode node) {
        return node == null || node.isNull() ? null : JSON.convertValue(node, Object.class);
    }
}
