package id.kinerja.chat;

import id.kinerja.account.AccountLanguage;
import id.kinerja.account.LinkOutcome;
import id.kinerja.account.LinkingAccount;
import id.kinerja.calendar.WorkingCalendar;
import id.kinerja.employee.Employee;
import id.kinerja.text.Html;
import id.kinerja.text.Keyboard;
import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** /start, /tautkan (/link): greeting and linking a Telegram account with a one-time code. */
@Component
class LinkingScreens {

    static final String AWAITING_CODE = "AWAITING_LINK_CODE";
    /** A linked account sent someone else's code: {@code <nonce>:<code hash>} waits for Ya or Batal. */
    static final String CONFIRMING_SWITCH = "CONFIRMING_LINK_SWITCH";
    private static final Pattern SWITCH_STATE = Pattern.compile("([0-9a-f]{16}):([0-9a-f]{1,128})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LinkingAccount linkingAccount;
    private final ConversationStore conversations;
    private final AccountLanguage accounts;
    /** The lockout's end as a clock time in the calendar's zone. */
    private final DateTimeFormatter clock;

    LinkingScreens(LinkingAccount linkingAccount, ConversationStore conversations, AccountLanguage accounts,
                   WorkingCalendar calendar) {
        this.linkingAccount = linkingAccount;
        this.conversations = conversations;
        this.accounts = accounts;
        this.clock = DateTimeFormatter.ofPattern("HH:mm").withZone(calendar.zone());
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
            linked(turn, linked, false);
        } else if (outcome instanceof LinkOutcome.SwitchAsked asked) {
            String nonce = HexFormat.of().formatHex(nonceBytes());
            conversations.enter(turn.userId(), CONFIRMING_SWITCH, nonce + ":" + asked.codeHash());
            Employee requested = asked.requested();
            turn.say(turn.text("link.switch_ask", "current", asked.current().name(), "name", requested.name(),
                    "position", requested.position(), "unit", requested.unitName()), Keyboard.of(
                    Keyboard.Button.tap(turn.text("link.switch_yes"), new LinkSwitchCallback(nonce, true).encode()),
                    Keyboard.Button.tap(turn.text("link.switch_no"), new LinkSwitchCallback(nonce, false).encode())));
        } else if (outcome instanceof LinkOutcome.Refused refused) {
            conversations.enter(turn.userId(), AWAITING_CODE, null);
            turn.say(turn.text("link.refused", "left", refused.attemptsLeft()));
        } else if (outcome instanceof LinkOutcome.LockedOut locked) {
            conversations.clear(turn.userId());
            turn.say(turn.text("link.locked", "time", clock.format(locked.until())));
        }
    }

    /**
     * Ya or Batal on the switch question. Only the pending switch of this very account, named by the
     * nonce of the latest question, can be confirmed; any other button changes nothing.
     */
    boolean switchAnswered(Turn turn, LinkSwitchCallback answer) {
        Optional<Matcher> pending = conversations.current(turn.userId())
                .filter(state -> CONFIRMING_SWITCH.equals(state.name()) && state.data() != null)
                .map(state -> SWITCH_STATE.matcher(state.data())).filter(Matcher::matches);
        if (pending.isEmpty() || !pending.get().group(1).equals(answer.nonce())) {
            return false;
        }
        conversations.clear(turn.userId());
        if (!answer.yes()) {
            turn.show(turn.me().map(me -> turn.text("link.switch_kept", "name", me.name()))
                    .orElseGet(() -> turn.text("link.switch_dropped")), Keyboard.NONE);
            return true;
        }
        Optional<LinkOutcome.Linked> linked = linkingAccount.confirmSwitch(turn.userId(), pending.get().group(2));
        if (linked.isEmpty()) {
            turn.show(turn.text("link.switch_stale"), Keyboard.NONE);
        } else {
            linked(turn, linked.get(), true);
        }
        return true;
    }

    /** Greets the newly linked person and tells every chat that lost a link. */
    private void linked(Turn turn, LinkOutcome.Linked linked, boolean inPlace) {
        Employee employee = linked.employee();
        String html = turn.text("link.success", "name", employee.name(), "position", employee.position(),
                "unit", employee.unitName(), "menu", menu(turn));
        if (linked.replaced() != null) {
            html = turn.text("link.replaced", "name", linked.replaced().name()) + "\n" + html;
        }
        if (inPlace) {
            turn.show(html, Keyboard.NONE);
        } else {
            turn.say(html);
        }
        if (linked.previousTelegramUserId() != null) {
            long previous = linked.previousTelegramUserId();
            turn.tell(previous, turn.text(accounts.of(previous), "link.moved_away"));
        }
    }

    private static byte[] nonceBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static Html menu(Turn turn) {
        return Html.raw(turn.text("menu_summary"));
    }
}
