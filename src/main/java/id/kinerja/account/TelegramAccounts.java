package id.kinerja.account;

import id.kinerja.text.Language;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
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
     *
     * <p>Sightings are kept by day only, and the row is written only when that day or the language changes:
     * most updates (every tap of a survey) leave it untouched, so neither its time nor its transaction id
     * ties the account to what the update did (docs/SPEC.md, anonymity).
     */
    public Language seen(long telegramUserId, String telegramLanguageCode) {
        String language = jdbc.sql("""
                        with up as (
                            insert into telegram_account (telegram_user_id, language, first_seen_at, last_seen_at)
                            values (:telegramUser, :telegramLanguage, :today, :today)
                            on conflict (telegram_user_id) do update
                               set last_seen_at = excluded.last_seen_at,
                                   language = case when telegram_account.language_chosen
                                                   then telegram_account.language else excluded.language end
                             where telegram_account.last_seen_at < excluded.last_seen_at
                                or not telegram_account.language_chosen
                                   and telegram_account.language <> excluded.language
                            returning language)
                        select language from up
                         union all
                        select language from telegram_account
                         where telegram_user_id = :telegramUser and not exists (select 1 from up)""")
                .param("telegramUser", telegramUserId)
                .param("telegramLanguage", Language.fromTelegram(telegramLanguageCode).code())
                .param("today", Timestamp.from(clock.instant().truncatedTo(ChronoUnit.DAYS)))
                .query(String.class).single();
        return Language.fromCode(language);
    }

    /**
     * Retention: the accounts last seen before {@code cutoff} that no employee is linked to (citizens who took
     * the survey, visitors who never linked). Their language is all that was kept, and it serves nobody now.
     */
    public int forgetUnlinkedSeenBefore(Instant cutoff, Set<Long> linkedAccounts) {
        List<Long> stale = jdbc.sql("select telegram_user_id from telegram_account where last_seen_at < ?")
                .param(Timestamp.from(cutoff)).query(Long.class).list();
        int removed = 0;
        for (Long account : stale) {
            if (!linkedAccounts.contains(account)) {
                removed += jdbc.sql("delete from telegram_account where telegram_user_id = ? and last_seen_at < ?")
                        .params(account, Timestamp.from(cutoff)).update();
            }
        }
        return removed;
    }

    public void choose(long telegramUserId, Language language) {
        jdbc.sql("update telegram_account set language = ?, language_chosen = true where telegram_user_id = ?")
                .params(language.code(), telegramUserId).update();
    }
}
