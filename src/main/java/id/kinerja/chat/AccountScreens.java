package id.kinerja.chat;

import id.kinerja.text.Keyboard;
import id.kinerja.account.LinkingAccount;
import id.kinerja.account.TelegramAccounts;
import id.kinerja.text.Language;
import org.springframework.stereotype.Component;

/** /bantuan, /bahasa, /privasi, /putuskan and /batal. */
@Component
class AccountScreens {

    private final TelegramAccounts accounts;
    private final LinkingAccount linkingAccount;
    private final ConversationStore conversations;

    AccountScreens(TelegramAccounts accounts, LinkingAccount linkingAccount, ConversationStore conversations) {
        this.accounts = accounts;
        this.linkingAccount = linkingAccount;
        this.conversations = conversations;
    }

    void help(Turn turn) {
        turn.say(turn.text("help"));
    }

    void privacy(Turn turn) {
        String status = turn.me()
                .map(me -> turn.text("privacy_linked", "name", me.name(), "nip", me.nip().value()))
                .orElseGet(() -> turn.text("privacy_unlinked"));
        turn.say(turn.text("privacy", "status", id.kinerja.text.Html.raw(status)));
    }

    void chooseLanguage(Turn turn) {
        turn.say(turn.text("language.choose"), Keyboard.of(
                Keyboard.Button.tap("🇮🇩 Bahasa Indonesia", new AccountCallback.ChooseLanguage(Language.ID).encode()),
                Keyboard.Button.tap("🇬🇧 English", new AccountCallback.ChooseLanguage(Language.EN).encode())));
    }

    boolean languageChosen(Turn turn, Language chosen) {
        accounts.choose(turn.userId(), chosen);
        turn.show(turn.text(chosen, "language.changed"), Keyboard.NONE);
        return true;
    }

    void confirmUnlink(Turn turn) {
        if (turn.me().isEmpty()) {
            turn.say(turn.text("unlink.not_linked"));
            return;
        }
        turn.say(turn.text("unlink.confirm", "name", turn.me().get().name()), Keyboard.of(
                Keyboard.Button.tap(turn.text("unlink.confirm_yes"), new AccountCallback.Unlink(true).encode()),
                Keyboard.Button.tap(turn.text("unlink.confirm_no"), new AccountCallback.Unlink(false).encode())));
    }

    boolean unlinkAnswered(Turn turn, boolean yes) {
        if (turn.me().isEmpty()) {
            turn.show(turn.text("unlink.not_linked"), Keyboard.NONE);
        } else if (yes) {
            linkingAccount.unlink(turn.userId());
            conversations.clear(turn.userId());
            turn.show(turn.text("unlink.done"), Keyboard.NONE);
        } else {
            turn.show(turn.text("unlink.kept"), Keyboard.NONE);
        }
        return true;
    }

    void cancel(Turn turn) {
        turn.say(turn.text(conversations.clear(turn.userId()) ? "cancel.done" : "cancel.nothing"));
    }
}
