package id.kinerja.chat;

import id.kinerja.text.Language;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per Telegram account preferences, kept whether or not the account is linked. */
@Repository
class TelegramAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    TelegramAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Marks an account seen and returns its language: the chosen one, else Telegram's. {@code %s} is the
     * row source giving (:telegramUser, :telegramLanguage, :now, :now); {@link TurnContexts} runs this
     * inside every update's first statement, so the rule lives here once.
     */
    static final String SEEN = """
            insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
            %s
            on conflict (telegram_user_id) do update
               set last_seen_at = excluded.last_seen_at,
                   language = case when telegram_account.language_chosen
                                   then telegram_account.language else excluded.language end
            returning language""";

    /** Records that the account was seen and returns its language: the chosen one, else Telegram's. */
    Language seen(Incoming.Sender sender) {
        String language = jdbc.sql(SEEN.formatted("values (:telegramUser, :telegramLanguage, :now, :now)"))
                .param("telegramUser", sender.userId())
                .param("telegramLanguage", telegramLanguage(sender))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class).single();
        return Language.fromCode(language);
    }

    static String telegramLanguage(Incoming.Sender sender) {
        return Language.fromTelegram(sender.languageCode()).code();
    }

    void choose(long telegramUserId, Language language) {
        jdbc.sql("update telegram_account set language = ?, language_chosen = true where telegram_user_id = ?")
                .params(language.code(), telegramUserId).update();
    }
}
