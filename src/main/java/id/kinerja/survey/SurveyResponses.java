package id.kinerja.survey;

import java.security.SecureRandom;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes completed surveys: responses with their nine answers, the daily tallies the index reads, and
 * suggestions apart from the responses. Rows get random ids and are written in shuffled order, so
 * neither the ids nor the physical order tells which survey came first. Runs in the caller's
 * transaction: the ballot job's, the demo's, never a respondent's.
 */
@Repository
public class SurveyResponses {

    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    SurveyResponses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void write(List<CompletedSurvey> surveys) {
        if (surveys.isEmpty()) {
            return;
        }
        List<CompletedSurvey> shuffled = new ArrayList<>(surveys);
        Collections.shuffle(shuffled, random);
        List<Object[]> responses = new ArrayList<>(shuffled.size());
        List<Object[]> answers = new ArrayList<>(shuffled.size() * SurveyElement.COUNT);
        List<Object[]> suggestions = new ArrayList<>();
        Map<TallyKey, int[]> tallies = new HashMap<>();
        for (CompletedSurvey s : shuffled) {
            UUID id = UUID.randomUUID();
            Date day = Date.valueOf(s.day());
            RespondentProfile p = s.profile();
            responses.add(new Object[] {id, s.unitId(), s.service(), day, p.sex(), p.ageBand(), p.education(),
                    p.occupation()});
            for (SurveyElement element : SurveyElement.values()) {
                int score = s.scores().get(element);
                answers.add(new Object[] {id, element.storedName(), score});
                int[] tally = tallies.computeIfAbsent(new TallyKey(s.unitId(), s.service(), s.day(), element.storedName()),
                        k -> new int[2]);
                tally[0]++;
                tally[1] += score;
            }
            if (s.suggestion() != null && !s.suggestion().isBlank()) {
                suggestions.add(new Object[] {UUID.randomUUID(), s.unitId(), s.service(), day, s.suggestion()});
            }
        }
        Collections.shuffle(suggestions, random);
        jdbc.batchUpdate("""
                insert into survey_response (id, unit_id, service, answered_on, sex, age_band, education, occupation)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", responses);
        jdbc.batchUpdate("insert into survey_answer (response_id, element, score) values (?, ?, ?)", answers);
        List<Object[]> tallyRows = new ArrayList<>(tallies.size());
        // a fixed order of upserts, so two writers never wait for each other's rows in a cycle
        tallies.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tallyRows.add(new Object[] {
                e.getKey().unitId(), e.getKey().service(), Date.valueOf(e.getKey().day()), e.getKey().element(),
                e.getValue()[0], e.getValue()[1]}));
        jdbc.batchUpdate("""
                insert into survey_tally as t (unit_id, service, day, element, answers, total) values (?, ?, ?, ?, ?, ?)
                on conflict (unit_id, service, day, element)
                do update set answers = t.answers + excluded.answers, total = t.total + excluded.total""", tallyRows);
        if (!suggestions.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into survey_suggestion (id, unit_id, service, answered_on, text) values (?, ?, ?, ?, ?)""",
                    suggestions);
        }
    }

    private record TallyKey(long unitId, String service, java.time.LocalDate day, String element)
            implements Comparable<TallyKey> {
        @Override
        public int compareTo(TallyKey o) {
            int c = Long.compare(unitId, o.unitId);
            if (c == 0) c = service.compareTo(o.service);
            if (c == 0) c = day.compareTo(o.day);
            return c == 0 ? element.compareTo(o.element) : c;
        }
    }
}
