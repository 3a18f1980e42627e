package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telegram's rules for what a message shows: the text after parse_mode HTML (or given entities), stripped and
 * within its length limit, and the reply markup with its buttons checked as Telegram checks them.
 */
final class MessageContent {

    private static final Set<String> BUTTON_ACTIONS = Set.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
            "callback_game", "pay");

    /** A text or caption as the user sees it. */
    record Formatted(String plain, List<TextEntity> entities) {
    }

    /** The reply_markup as sent ({@code json}, null for none) and its buttons. */
    record Markup(JsonNode json, List<List<Button>> keyboard) {
    }

    private final EmulatorState state;

    MessageContent(EmulatorState state) {
        this.state = state;
    }

    /** The caller holds the {@link EmulatorState} monitor (strictAmpersand). */
    Formatted format(String text, String parseMode, JsonNode entities, boolean caption) {
        String plain;
        List<TextEntity> list = new ArrayList<>();
        if (parseMode != null && !parseMode.isEmpty()) {
            String mode = parseMode.toLowerCase(Locale.ROOT);
            if (mode.equals("html")) {
                try {
                    TelegramHtml.Parsed parsed = TelegramHtml.parse(text, state.strictAmpersand);
                    plain = parsed.text();
                    list.addAll(parsed.entities());
                } catch (TelegramHtml.ParseException e) {
                    throw new ApiError(400, "Bad Request: can't parse entities: " + e.getMessage());
                }
            } else if (mode.equals("markdown") || mode.equals("markdownv2")) {
                throw new ApiError(400, "Bad Request: parse_mode " + parseMode + " is not implemented by the emulator"
                        + " (use HTML)");
            } else {
                throw new ApiError(400, "Bad Request: unsupported parse_mode");
            }
        } else {
            plain = text;
            if (entities != null) {
                for (JsonNode e : entities) {
                    list.add(new TextEntity(e.path("type").asText(), e.path("offset").asInt(), e.path("length").asInt(),
                            e.path("url").asText(null), e.path("language").asText(null)));
                }
            }
        }
        // Telegram strips leading and trailing whitespace of message texts
        String stripped = plain.strip();
        int lead = plain.indexOf(stripped.isEmpty() ? "" : stripped.substring(0, 1));
        if (!stripped.isEmpty() && lead > 0) {
            List<TextEntity> shifted = new ArrayList<>();
            for (TextEntity e : list) {
                int start = Math.max(0, e.offset() - lead);
                int end = Math.min(stripped.length(), e.offset() + e.length() - lead);
                if (end > start) {
                    shifted.add(new TextEntity(e.type(), start, end - start, e.url(), e.language()));
                }
            }
            list = shifted;
        }
        if (stripped.isEmpty() && !caption) {
            throw new ApiError(400, "Bad Request: message text is empty");
        }
        if (!caption && stripped.length() > BotApiEmulator.MAX_TEXT_LENGTH) {
            throw new ApiError(400, "Bad Request: message is too long");
        }
        if (caption && stripped.length() > BotApiEmulator.MAX_CAPTION_LENGTH) {
            throw new ApiError(400, "Bad Request: message caption is too long");
        }
        return new Formatted(stripped, List.copyOf(list));
    }

    Markup parseMarkup(JsonNode markup) {
        if (markup == null) {
            return new Markup(null, List.of());
        }
        List<List<Button>> rows = new ArrayList<>();
        if (markup.has("inline_keyboard")) {
            int count = 0;
            for (JsonNode row : markup.get("inline_keyboard")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    count++;
                    String text = b.path("text").asText("");
                    if (text.isEmpty()) {
                        throw new ApiError(400, "Bad Request: BUTTON_TEXT_INVALID");
                    }
                    List<String> actions = new ArrayList<>();
                    b.fieldNames().forEachRemaining(n -> {
                        if (BUTTON_ACTIONS.contains(n)) {
                            actions.add(n);
                        }
                    });
                    if (actions.isEmpty()) {
                        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: Text buttons are"
                                + " unallowed in the inline keyboard");
                    }
                    if (actions.size() > 1) {
                        throw new ApiError(400, "Bad Request: can't parse inline keyboard button: exactly one of "
                                + actions + " must be used (emulator check)");
                    }
                    String data = b.has("callback_data") ? b.get("callback_data").asText() : null;
                    if (data != null && (data.isEmpty()
                            || data.getBytes(StandardCharsets.UTF_8).length > BotApiEmulator.MAX_CALLBACK_DATA_BYTES)) {
                        throw new ApiError(400, "Bad Request: BUTTON_DATA_INVALID");
                    }
                    String url = b.has("url") ? b.get("url").asText() : null;
                    if (url != null && !(url.matches("(?i)https?://[^\\s/]+.*") || url.matches("(?i)tg://\\S+"))) {
                        throw new ApiError(400, "Bad Request: BUTTON_URL_INVALID");
                    }
                    buttons.add(new Button(text, data, url));
                }
                rows.add(List.copyOf(buttons));
            }
            if (count > 100) {
                throw new ApiError(400, "Bad Request: too many inline keyboard buttons (emulator limit 100)");
            }
            return new Markup(markup, List.copyOf(rows));
        }
        if (markup.has("keyboard")) {
            for (JsonNode row : markup.get("keyboard")) {
                List<Button> buttons = new ArrayList<>();
                for (JsonNode b : row) {
                    String text = b.isTextual() ? b.asText() : b.path("text").asText("");
                    if (text.isEmpty()) {
                        throw new ApiError(400, "Bad Request: BUTTON_TEXT_INVALID");
                    }
                    buttons.add(new Button(text, null, null));
                }
                rows.add(List.copyOf(buttons));
            }
            return new Markup(markup, List.copyOf(rows));
        }
        return new Markup(markup, List.of()); // ReplyKeyboardRemove / ForceReply
    }
}
