package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static id.kinerja.playground.emulator.JsonShapes.NODES;

/** getMe, setMyCommands and getMyCommands (per scope and language). Called under the {@link EmulatorState} monitor. */
final class CommandHandlers {

    private static final Pattern COMMAND = Pattern.compile("[a-z0-9_]{1,32}");

    private final EmulatorState state;

    CommandHandlers(EmulatorState state) {
        this.state = state;
    }

    JsonNode getMe() {
        return JsonShapes.botUser(state);
    }

    JsonNode setMyCommands(ObjectNode p) {
        JsonNode list = p.get("commands");
        if (list.size() > 100) {
            throw new ApiError(400, "Bad Request: BOT_COMMANDS_TOO_MUCH");
        }
        List<BotCommandRecord> records = new ArrayList<>();
        for (JsonNode c : list) {
            String command = c.path("command").asText();
            String description = c.path("description").asText();
            if (!COMMAND.matcher(command).matches()) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            if (description.isEmpty() || description.length() > 256) {
                throw new ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
            }
            records.add(new BotCommandRecord(command, description));
        }
        String language = languageCode(p);
        state.commands.computeIfAbsent(scopeKey(p), k -> new TreeMap<>()).put(language, List.copyOf(records));
        return BooleanNode.TRUE;
    }

    JsonNode getMyCommands(ObjectNode p) {
        List<BotCommandRecord> list = state.commands.getOrDefault(scopeKey(p), Map.of())
                .getOrDefault(languageCode(p), List.of());
        ArrayNode out = NODES.arrayNode();
        list.forEach(c -> out.addObject().put("command", c.command()).put("description", c.description()));
        return out;
    }

    private static String languageCode(ObjectNode p) {
        String language = p.path("language_code").asText("");
        if (!language.isEmpty() && !language.matches("[a-z]{2}")) {
            throw new ApiError(400, "Bad Request: invalid language code specified");
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
}
