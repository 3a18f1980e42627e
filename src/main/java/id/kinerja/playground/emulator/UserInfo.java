package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A registered user, as the Bot API's {@code User} object shows them. */
record UserInfo(long id, String firstName, String languageCode) {

    ObjectNode json() {
        ObjectNode u = JsonShapes.NODES.objectNode();
        u.put("id", id);
        u.put("is_bot", false);
        u.put("first_name", firstName);
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }
}
