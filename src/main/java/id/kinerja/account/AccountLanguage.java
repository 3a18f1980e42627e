package id.kinerja.account;

import id.kinerja.text.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The language to write to a Telegram account in: the one it chose, else its Telegram language. */
@Component
public class AccountLanguage {

    private final JdbcClient jdbc;

    AccountLanguage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Language of(long telegramUserId) {
        return jdbc.sql("select language from telegram_account where telegram_user_id = ?")
                .param(telegramUserId).query(String.class).optional()
                .map(Language::fromCode).orElse(Language.ID);
    }
}
