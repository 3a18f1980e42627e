package id.kinerja.chat;

import id.kinerja.appraisal.PeriodName;
import id.kinerja.text.Keyboard;
import id.kinerja.employee.Employee;
import id.kinerja.text.Html;
import id.kinerja.text.Language;
import id.kinerja.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One update being handled: who is talking, in which language, and the replies collected so far. */
final class Turn {

    static final int MAX_ANSWER = 200;

    private final Incoming incoming;
    private final Language language;
    private final Optional<Employee> me;
    private final Texts texts;
    private final List<Reply> replies = new ArrayList<>();

    Turn(Incoming incoming, Language language, Optional<Employee> me, Texts texts) {
        this.incoming = incoming;
        this.language = language;
        this.me = me;
        this.texts = texts;
    }

    Incoming incoming() {
        return incoming;
    }

    long userId() {
        return incoming.from().userId();
    }

    long chatId() {
        return incoming.chat().chatId();
    }

    Language language() {
        return language;
    }

    Optional<Employee> me() {
        return me;
    }

    String text(String key, Object... args) {
        return texts.get(language, key, args);
    }

    String text(Language in, String key, Object... args) {
        return texts.get(in, key, args);
    }

    /** A period as the reader names it ("November 2026"), never its code. */
    String period(PeriodName name) {
        return name.in(texts, language);
    }

    void say(String html) {
        say(html, Keyboard.NONE);
    }

    void say(String html, Keyboard keyboard) {
        replies.add(new Reply.SendText(chatId(), html, keyboard));
    }

    /** As {@link #say(String, Keyboard)}; {@code onSent} learns the id of the message once Telegram took it. */
    void sayTracked(String html, Keyboard keyboard, java.util.function.IntConsumer onSent) {
        replies.add(new Reply.SendText(chatId(), html, keyboard, html, onSent));
    }

    void send(Reply reply) {
        replies.add(reply);
    }

    /** Sends to another chat, e.g. telling an old device that the account moved. */
    void tell(long chatId, String html) {
        replies.add(new Reply.SendText(chatId, html, Keyboard.NONE));
    }

    /** Replaces the message whose button was tapped; a plain message is answered with a new one. */
    void show(String html, Keyboard keyboard) {
        show(html, keyboard, html);
    }

    /** As {@link #say(String, Keyboard)}; the outbox may keep only {@code queuedHtml} (null: nothing). */
    void say(String html, Keyboard keyboard, String queuedHtml) {
        replies.add(new Reply.SendText(chatId(), html, keyboard, queuedHtml));
    }

    /** As {@link #show(String, Keyboard)}; the outbox may keep only {@code queuedHtml} (null: nothing). */
    void show(String html, Keyboard keyboard, String queuedHtml) {
        if (incoming instanceof Incoming.ButtonTap tap && tap.messageId() > 0) {
            replies.add(new Reply.EditText(chatId(), tap.messageId(), html, keyboard, queuedHtml));
        } else {
            say(html, keyboard, queuedHtml);
        }
    }

    /** Answers the tap with a toast or an alert; alerts show plain text of at most 200 characters. */
    /** Takes the buttons off an earlier message, so only the current step can be tapped. */
    void removeButtons(int messageId) {
        if (messageId > 0) {
            replies.add(new Reply.EditKeyboard(chatId(), messageId, Keyboard.NONE));
        }
    }

    /** The message whose button was tapped, or 0 for a typed message. */
    int tappedMessageId() {
        return incoming instanceof Incoming.ButtonTap tap ? tap.messageId() : 0;
    }

    void answer(String html, boolean alert) {
        if (incoming instanceof Incoming.ButtonTap tap) {
            String text = Html.plain(html);
            if (text != null && text.length() > MAX_ANSWER) {
                text = text.substring(0, MAX_ANSWER - 1) + "…";
            }
            replies.add(0, new Reply.AnswerButton(tap.callbackQueryId(), text, alert));
        }
    }

    /** The replies, with the button tap answered exactly once. */
    List<Reply> replies() {
        if (incoming instanceof Incoming.ButtonTap tap
                && replies.stream().noneMatch(Reply.AnswerButton.class::isInstance)) {
            replies.add(0, new Reply.AnswerButton(tap.callbackQueryId(), null, false));
        }
        return List.copyOf(replies);
    }
}
