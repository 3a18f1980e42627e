package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.account.LinkOutcome;
import id.kinerja.account.LinkingAccount;
import id.kinerja.employee.Employee;
import id.kinerja.text.Html;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** /start, /tautkan (/link): greeting and linking a Telegram account with a one-time code. */
@Component
class LinkingScreens {

    static final String AWAITING_CODE = "AWAITING_LINK_CODE";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Jakarta"));

    private final LinkingAccount linkingAccount;
    private final ConversationStore conversations;
    private final AccountLanguage accounts;

    LinkingScreens(LinkingAccount linkingAccount, ConversationStore conversations, AccountLanguage accounts) {
        this.linkingAccount = linkingAccount;
        this.conversations = conversations;
        this.accounts = accounts;
    }

    void start(Turn turn, String payload) {
        if (!payload.isEmpty()) {
            tryCode(turn, payload);
        } else if (turn.me().isPresent()) {
            turn.say(turn.text("welcome.linked", "name", turn.me().get().name(), "menu", menu(turn)));
        } else {
            turn.say(turn.text("welcome.unlinked"));
        }
    }

    void link(Turn turn, String code) {
        if (code.isEmpty()) {
            conversations.enter(turn.userId(), AWAITING_CODE, null);
            turn.say(turn.text("link.ask_code"));
        } else {
            tryCode(turn, code);
        }
    }

    void tryCode(Turn turn, String code) {
        LinkOutcome outcome = linkingAccount.link(turn.userId(), code);
        if (outcome instanceof LinkOutcome.Linked linked) {
            conversations.clear(turn.userId());
            Employee employee = linked.employee();
            turn.say(turn.text("link.success", "name", employee.name(), "position", employee.position(),
                    "unit", employee.unitName(), "menu", menu(turn)));
            if (linked.previousTelegramUserId() != null) {
                long previous = linked.previousTelegramUserId();
                turn.tell(previous, turn.text(accounts.of(previous), "link.moved_away"));
            }
        } else if (outcome instanceof LinkOutcome.Refused refused) {
            conversations.enter(turn.userId(), AWAITING_CODE, null);
            turn.say(turn.text("link.refused", "left", refused.attemptsLeft()));
        } else if (outcome instanceof LinkOutcome.LockedOut locked) {
            conversations.clear(turn.userId());
            turn.say(turn.text("link.locked", "time", CLOCK.format(locked.until())));
        }
    }

    private static Html menu(Turn turn) {
        return Html.raw(turn.text("menu_summary"));
    }
}
