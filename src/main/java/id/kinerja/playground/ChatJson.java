package id.kinerja.playground;

import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.playground.emulator.Button;
import id.kinerja.playground.emulator.ChatEntry;
import id.kinerja.playground.emulator.ChatView;
import id.kinerja.playground.emulator.TextEntity;
import id.kinerja.playground.emulator.Toast;
import java.time.Instant;
import java.util.List;

/** A chat (private or group) as the page reads it: messages with their formatting, buttons, sender and date. */
final class ChatJson {

    record Entity(String type, int offset, int length, String url) {}

    record KeyboardButton(String text, String callbackData, String url) {}

    record Message(int messageId, String kind, String text, List<Entity> entities, String caption,
                   List<List<KeyboardButton>> keyboard, boolean edited, boolean deleted, boolean fromBot,
                   String fileUrl, String fileName, String date, long senderId, String senderName) {}

    record ToastJson(long version, String text, boolean alert) {}

    record Messages(long version, List<Message> messages, List<ToastJson> toasts) {}

    private final WorkingCalendar calendar;

    ChatJson(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Messages messages(ChatView view) {
        return new Messages(view.version(), view.messages().stream().map(this::message).toList(),
                view.toasts().stream().map(ChatJson::toast).toList());
    }

    private Message message(ChatEntry m) {
        boolean media = !m.kind().equals("text");
        List<Entity> entities = m.entities() == null ? List.of()
                : m.entities().stream().map(ChatJson::entity).toList();
        List<List<KeyboardButton>> keyboard = m.keyboard() == null ? List.of() : m.keyboard().stream()
                .map(row -> row.stream().map(ChatJson::button).toList()).toList();
        String fileUrl = m.fileNumber() > 0 ? "/playground/api/files/" + m.fileNumber() : null;
        return new Message(m.messageId(), m.kind(), media ? null : m.text(), entities, media ? m.text() : null,
                keyboard, m.edited(), m.deleted(), m.fromBot(), fileUrl, m.fileName(),
                ClockController.text(Instant.ofEpochSecond(m.date()).atZone(calendar.zone())), m.senderId(),
                m.senderName());
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
