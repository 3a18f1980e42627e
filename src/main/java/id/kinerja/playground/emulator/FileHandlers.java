package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kinerja.playground.emulator.MessageContent.Formatted;
import id.kinerja.playground.emulator.MessageContent.Markup;

import static id.kinerja.playground.emulator.BotApiEmulator.MAX_DOWNLOAD;
import static id.kinerja.playground.emulator.JsonShapes.NODES;

/** sendPhoto and sendDocument (uploads by multipart, file_id or URL) and getFile for the files users sent. */
final class FileHandlers {

    private final EmulatorState state;
    private final FaultInjection faults;
    private final MessageContent content;

    FileHandlers(EmulatorState state, FaultInjection faults, MessageContent content) {
        this.state = state;
        this.faults = faults;
        this.content = content;
    }

    JsonNode sendMedia(Request r, String kind) {
        ObjectNode p = r.params;
        ChatState chat = state.requireChat(p);
        String file = p.path(kind).asText();
        if (file.startsWith("attach://") && !r.attachments.containsKey(file.substring("attach://".length()))) {
            throw new ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified (no multipart part named "
                    + file.substring("attach://".length()) + ")");
        }
        if (file.isEmpty()) {
            throw new ApiError(400, "Bad Request: there is no " + kind + " in the request");
        }
        String caption = p.path("caption").asText("");
        Formatted f = content.format(caption, p.path("parse_mode").asText(null), p.get("caption_entities"), true);
        Markup markup = content.parseMarkup(p.get("reply_markup"));
        MessageHandlers.checkReply(chat, p.get("reply_parameters"));
        faults.checkDeliverable(chat);
        MessageState m = new MessageState(chat.nextMessageId++, kind, state.now());
        m.apply(caption, f, p.path("parse_mode").asText(null), markup);
        m.fileName = r.attachments.get(file.replace("attach://", ""));
        m.fileBytes = r.attachmentContents.get(file.replace("attach://", ""));
        if (m.fileBytes != null) {
            m.fileNumber = state.nextFileNumber++;
        }
        chat.botMessages.add(m);
        state.boundBotFiles();
        state.changed(chat);
        return JsonShapes.message(state, chat, m);
    }

    /** Bots may download files of at most 20 MB (getFile answers "file is too big" above that). */
    JsonNode getFile(ObjectNode p) {
        StoredFile file = state.files.get(p.path("file_id").asText());
        if (file == null) {
            throw new ApiError(400, "Bad Request: invalid file_id");
        }
        if (file.content().length > MAX_DOWNLOAD) {
            throw new ApiError(400, "Bad Request: file is too big");
        }
        ObjectNode result = NODES.objectNode();
        result.put("file_id", file.fileId()).put("file_unique_id", file.uniqueId())
                .put("file_size", file.content().length).put("file_path", file.path());
        return result;
    }
}
