package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/** Carries out a validated request: injected failNext errors first, then the method's handler, under the monitor. */
final class MethodDispatcher {

    private static final Set<String> IMPLEMENTED = Set.of("getMe", "getUpdates", "sendMessage", "editMessageText",
            "editMessageReplyMarkup", "answerCallbackQuery", "setMyCommands", "getMyCommands", "deleteMessage",
            "setWebhook", "deleteWebhook", "getWebhookInfo", "sendPhoto", "sendDocument", "getFile");

    private final EmulatorState state;
    private final FaultInjection faults;
    private final MessageHandlers messages;
    private final FileHandlers files;
    private final CallbackHandlers callbacks;
    private final CommandHandlers commands;
    private final UpdateHandlers updates;

    MethodDispatcher(EmulatorState state, FaultInjection faults, WebhookDeliverer webhook) {
        this.state = state;
        this.faults = faults;
        MessageContent content = new MessageContent(state);
        this.messages = new MessageHandlers(state, faults, content);
        this.files = new FileHandlers(state, faults, content);
        this.callbacks = new CallbackHandlers(state);
        this.commands = new CommandHandlers(state);
        this.updates = new UpdateHandlers(state, webhook);
    }

    /** Whether the emulator implements this method (spec spelling). */
    static boolean implemented(String method) {
        return IMPLEMENTED.contains(method);
    }

    /** The method's result; ApiError for Telegram's refusals and injected failures. */
    JsonNode process(Request r) {
        synchronized (state) {
            faults.throwIfFailing(r.method);
            return switch (r.method) {
                case "getMe" -> commands.getMe();
                case "getUpdates" -> updates.getUpdates(r.params);
                case "sendMessage" -> messages.sendMessage(r.params);
                case "sendPhoto" -> files.sendMedia(r, "photo");
                case "sendDocument" -> files.sendMedia(r, "document");
                case "editMessageText" -> messages.editMessageText(r.params);
                case "editMessageReplyMarkup" -> messages.editMessageReplyMarkup(r.params);
                case "deleteMessage" -> messages.deleteMessage(r.params);
                case "answerCallbackQuery" -> callbacks.answerCallbackQuery(r.params);
                case "setMyCommands" -> commands.setMyCommands(r.params);
                case "getMyCommands" -> commands.getMyCommands(r.params);
                case "setWebhook" -> updates.setWebhook(r.params);
                case "deleteWebhook" -> updates.deleteWebhook(r.params);
                case "getWebhookInfo" -> updates.getWebhookInfo();
                case "getFile" -> files.getFile(r.params);
                default -> throw new IllegalStateException(r.method);
            };
        }
    }
}
