package id.kinerja.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The box between a respondent's last answer and {@code survey_response}, and the one-response-a-day rule.
 * The respondent's own transaction (which also touches their Telegram account) only records the keyed
 * hash of "this account answered this unit and service today" and casts a sealed ballot; the job opens
 * ballots and writes them as responses in transactions of its own, shuffled, once at least
 * {@code kinerja.survey.batch-threshold} are pending. So no transaction id ties a response to an account,
 * and the rows carry no time of day or sequence.
 */
@Service
class SurveyBallots {

    private final JdbcClient jdbc;
    private final SurveySeal seal;
    private final SurveyResponses responses;
    private final SurveyProperties properties;

    SurveyBallots(JdbcClient jdbc, SurveySeal seal, SurveyResponses responses, SurveyProperties properties) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.responses = responses;
        this.properties = properties;
    }

    /** Whether the account already answered this unit and service today. */
    boolean answered(long telegramUserId, long unitId, String service, LocalDate day) {
        return jdbc.sql("select exists (select 1 from survey_respondent where respondent = ?)")
                .param(seal.respondent(telegramUserId, unitId, service, day)).query(Boolean.class).single();
    }

    /**
     * Records the respondent for the day and casts the sealed survey; false (and nothing stored) when this
     * account already answered this unit and service that day.
     */
    boolean cast(long telegramUserId, CompletedSurvey survey) {
        int recorded = jdbc.sql("""
                        insert into survey_respondent (respondent, answered_on) values (?, ?)
                        on conflict (respondent) do nothing""")
                .params(seal.respondent(telegramUserId, survey.unitId(), survey.service(), survey.day()),
                        java.sql.Date.valueOf(survey.day()))
                .update();
        if (recorded == 0) {
            return false;
        }
        jdbc.sql("insert into survey_ballot (id, sealed) values (?, ?)").params(UUID.randomUUID(), seal.seal(survey))
                .update();
        return true;
    }

    /**
     * The job's step, in a transaction of its own: once at least the threshold of ballots is pending, opens
     * them all, writes them as responses (shuffled) and deletes them in the same transaction, so none is
     * lost or written twice. Returns the number written.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int writePending() {
        Map<UUID, CompletedSurvey> opened = new LinkedHashMap<>();
        List<UUID> unreadable = new ArrayList<>();
        jdbc.sql("select id, sealed from survey_ballot for update skip locked").query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            seal.openCompleted(rs.getBytes("sealed")).ifPresentOrElse(s -> opened.put(id, s), () -> unreadable.add(id));
        });
        if (opened.size() < properties.batchThreshold()) {
            return 0;
        }
        responses.write(new ArrayList<>(opened.values()));
        for (UUID id : opened.keySet()) {
            jdbc.sql("delete from survey_ballot where id = ?").param(id).update();
        }
        return opened.size();
    }

    /** Retention: who answered is needed only for the day itself (one response per day). */
    int deleteRespondentsBefore(LocalDate day) {
        return jdbc.sql("delete from survey_respondent where answered_on < ?").param(java.sql.Date.valueOf(day))
                .update();
    }
}
