package id.kinerja.survey;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Surveys in progress, one per account, sealed under a keyed hash of the account. A draft not touched for
 * {@code kinerja.survey.draft-ttl} is gone (housekeeping deletes it; reads ignore it before that). Also
 * counts the surveys an account starts a day, the flood limit.
 */
@Repository
class SurveyDrafts {

    private final JdbcClient jdbc;
    private final SurveySeal seal;
    private final SurveyProperties properties;
    private final Clock clock;

    SurveyDrafts(JdbcClient jdbc, SurveySeal seal, SurveyProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account's live draft, locked until the transaction ends (two taps at once take turns). */
    Optional<SurveyDraft> current(long telegramUserId) {
        return jdbc.sql("select sealed from survey_draft where holder = ? and expires_at > ? for update")
                .params(seal.holder(telegramUserId), Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getBytes("sealed")).optional().flatMap(seal::openDraft);
    }

    void save(long telegramUserId, SurveyDraft draft) {
        jdbc.sql("""
                        insert into survey_draft (holder, sealed, expires_at) values (?, ?, ?)
                        on conflict (holder) do update set sealed = excluded.sealed, expires_at = excluded.expires_at""")
                .params(seal.holder(telegramUserId), seal.seal(draft),
                        Timestamp.from(clock.instant().plus(properties.draftTtl())))
                .update();
    }

    /** Deletes the account's draft; true when a live one was discarded. */
    boolean discard(long telegramUserId) {
        return jdbc.sql("delete from survey_draft where holder = ? returning expires_at > ?")
                .params(seal.holder(telegramUserId), Timestamp.from(clock.instant()))
                .query(Boolean.class).optional().orElse(false);
    }

    /**
     * Counts one more survey started today by the account; false when that is over the daily limit (the
     * start is then not counted either, so a flood does not grow the row).
     */
    boolean countStart(long telegramUserId, java.time.LocalDate today) {
        Integer starts = jdbc.sql("""
                        insert into survey_start as s (holder, day, starts) values (?, ?, 1)
                        on conflict (holder) do update
                           set starts = case when s.day = excluded.day then s.starts + 1 else 1 end,
                               day = excluded.day
                         where s.day <> excluded.day or s.starts < ?
                        returning starts""")
                .params(seal.holder(telegramUserId), java.sql.Date.valueOf(today), properties.startsPerDay())
                .query(Integer.class).optional().orElse(null);
        return starts != null;
    }

    /** Retention: drafts past their time and start counts of earlier days. */
    int deleteExpired(Instant now, java.time.LocalDate today) {
        return jdbc.sql("delete from survey_draft where expires_at <= ?").param(Timestamp.from(now)).update()
                + jdbc.sql("delete from survey_start where day < ?").param(java.sql.Date.valueOf(today)).update();
    }
}
