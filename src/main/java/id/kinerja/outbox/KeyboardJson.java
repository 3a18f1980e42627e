package id.kinerja.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.text.Keyboard;
import java.util.List;

/** A keyboard as stored with a queued message. */
final class KeyboardJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyboardJson() {}

    static String write(Keyboard keyboard) {
        if (keyboard == null || keyboard.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(keyboard.rows());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Keyboard read(String json) {
        if (json == null || json.isBlank()) {
            return Keyboard.NONE;
        }
        try {
            return new Keyboard(JSON.readValue(json, new TypeReference<List<List<Keyboard.Button>>>() {}));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored keyboard: " + json, e);
        }
    }
}
