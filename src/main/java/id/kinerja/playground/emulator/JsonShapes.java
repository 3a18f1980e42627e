package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON the emulator answers with: the bot's {@code User} and {@code Message} objects. */
final class JsonShapes {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonShapes() {
    }

    static ObjectNode botUser(EmulatorState state) {
        ObjectNode u = NODES.objectNode();
        u.put("id", BotApiEmulator.BOT_ID);
        u.put("is_bot", true);
        u.put("first_name", state.botFirstName);
        u.put("username", state.botUsername);
        u.put("can_join_groups", true);
        u.put("can_read_all_group_messages", false);
        u.put("supports_inline_queries", false);
        u.put("can_connect_to_business", false);
        u.put("has_main_web_app", false);
        return u;
    }

    static ObjectNode message(EmulatorState state, ChatState chat, MessageState m) {
        ObjectNode j = NODES.objectNode();
        j.put("message_id", m.id);
        j.set("from", botUser(state));
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
}
