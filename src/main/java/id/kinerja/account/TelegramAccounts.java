package id.kinerja.account;

import id.kinerja.text.Language;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per Telegram account preferences, kept whether or not the account is linked. */
@Repository
public class TelegramAccounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    TelegramAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the account was seen and returns its language: the chosen one, else Telegram's
     * ({@code telegramLanguageCode} as the update carries it, null when it carries none).
     */
    public Language seen(long telegramUserId, String telegramLanguageCode) {
        String language = jdbc.sql("""
                        insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                        values (:telegramUser, :telegramLanguage, :now, :now)
                        on conflict (telegram_user_id) do update
                           set last_seen_at = excluded.last_seen_at,
                               language = case when telegram_account.language_chosen
                                               then telegram_account.language else excluded.language end
                        returning language""")
                .param("telegramUser", telegramUserId)
                .param("telegramLanguage", Language.fromTelegram(telegramLanguageCode).code())
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class).single();
        return Language.fromCode(language);
    }

    public void choose(long telegramUserId, Language language) {
        jdbc.sql("update telegram_account set language = ?, language_chosen = true where telegram_user_id = ?")
                .params(language.code(), telegramUserId).update();
    }
}
